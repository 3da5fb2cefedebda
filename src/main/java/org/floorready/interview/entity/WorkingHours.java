package org.floorready.interview.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One block of a weekly working day, in the interviewer's own zone (09:00–17:00 on Mondays). An end
 * of 00:00 means midnight at the end of the day.
 */
@Embeddable
public class WorkingHours {
  @Enumerated(EnumType.STRING)
  @Column(name = "day_of_week")
  private DayOfWeek day;

  @Column(name = "starts_at")
  private LocalTime from;

  @Column(name = "ends_at")
  private LocalTime to;

  protected WorkingHours() {}

  public WorkingHours(DayOfWeek day, LocalTime from, LocalTime to) {
    this.day = day;
    this.from = from;
    this.to = to;
  }

  public DayOfWeek day() {
    return day;
  }

  public LocalTime from() {
    return from;
  }

  public LocalTime to() {
    return to;
  }

  /**
   * Whether the block ends after it starts (00:00 as an end is the end of the day, so 00:00–00:00
   * is the whole day).
   */
  public boolean wellFormed() {
    return to.equals(LocalTime.MIDNIGHT) || to.isAfter(from);
  }

  /** Whether it shares time with another block of the same day. */
  public boolean overlaps(WorkingHours other) {
    return day == other.day && from.isBefore(other.endOfDay()) && other.from.isBefore(endOfDay());
  }

  private LocalTime endOfDay() {
    return to.equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : to;
  }
}
