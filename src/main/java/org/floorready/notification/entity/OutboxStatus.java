package org.floorready.notification.entity;

/** Where a message is on its way out. */
public enum OutboxStatus {
  /** Waiting for the relay (or for SMTP to be configured). */
  QUEUED,
  /** A send failed; the relay tries again at the next attempt time. */
  RETRYING,
  /** Accepted by the SMTP server; never sent again. */
  SENT,
  /** Gave up after the maximum number of attempts; an admin can queue it again. */
  FAILED
}
