package org.floorready.interview.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One interviewer of an interview and the time it keeps them busy (with the buffers). */
@Embeddable
public class Seat {
  private long userId;
  private Instant busyFrom;
  private Instant busyTo;

  @Enumerated(EnumType.STRING)
  private Response response = Response.NEEDS_ACTION;

  protected Seat() {}

  public Seat(long userId, Instant busyFrom, Instant busyTo) {
    this.userId = userId;
    this.busyFrom = busyFrom;
    this.busyTo = busyTo;
  }

  public long userId() {
    return userId;
  }

  public Instant busyFrom() {
    return busyFrom;
  }

  public Instant busyTo() {
    return busyTo;
  }

  public Response response() {
    return response;
  }

  void answer(Response answer) {
    this.response = answer;
  }
}
