package org.floorready.offer.entity;

/** How the answer to an offer reached FloorReady. */
public enum AnswerChannel {
  /** The candidate used the link in the offer email. */
  LINK,
  PHONE,
  EMAIL,
  IN_PERSON
}
