package org.floorready.interview.entity;

/** Where an interviewer's calendar feed stands, as shown to them and to admins. */
public enum FeedStatus {
  /** No feed: busy times come from booked interviews and time off only. */
  NONE,
  /** Given, not fetched yet. */
  PENDING,
  OK,
  /** The last fetch failed; the last good copy of the busy times is kept. */
  FAILING
}
