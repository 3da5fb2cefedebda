package org.floorready.interview.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.threeten.extra.Interval;

/** A time an interviewer cannot interview: an event of their calendar, or time off. */
@Entity
@Table(name = "busy_time")
@NamedQuery(
    name = BusyTime.OVERLAPPING,
    query =
        "select b from BusyTime b where b.userId in :users and b.startsAt < :to"
            + " and b.endsAt > :from order by b.startsAt")
public class BusyTime {
  public static final String OVERLAPPING = "BusyTime.overlapping";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "busy_time_seq")
  @SequenceGenerator(name = "busy_time_seq", sequenceName = "busy_time_seq", allocationSize = 50)
  private Long id;

  private long userId;
  private Instant startsAt;
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  private BusySource source;

  private String note;

  protected BusyTime() {}

  public BusyTime(long userId, Interval when, BusySource source, String note) {
    this.userId = userId;
    this.startsAt = when.getStart();
    this.endsAt = when.getEnd();
    this.source = source;
    this.note = note;
  }

  public Long id() {
    return id;
  }

  public long userId() {
    return userId;
  }

  public Interval interval() {
    return Interval.of(startsAt, endsAt);
  }

  public BusySource source() {
    return source;
  }

  public String note() {
    return note;
  }
}
