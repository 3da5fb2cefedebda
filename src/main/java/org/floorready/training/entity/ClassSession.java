package org.floorready.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.floorready.platform.InvalidInput;

/** One session of a class, on a date at local times in the class's zone; it may be cancelled. */
@Entity
@Table(name = "class_session")
public class ClassSession {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "class_session_seq")
  @SequenceGenerator(
      name = "class_session_seq",
      sequenceName = "class_session_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "class_id")
  private TrainingClass trainingClass;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "module_id")
  private TrainingModule module;

  @Column(name = "session_date")
  private LocalDate day;

  private LocalTime startsAt;
  private LocalTime endsAt;
  private String topic;
  private boolean cancelled;
  @Version private long version;

  protected ClassSession() {}

  public ClassSession(
      TrainingClass trainingClass,
      TrainingModule module,
      LocalDate day,
      LocalTime startsAt,
      LocalTime endsAt,
      String topic) {
    this.trainingClass = trainingClass;
    this.module = module;
    reschedule(day, startsAt, endsAt, topic);
  }

  public void reschedule(LocalDate newDay, LocalTime from, LocalTime to, String newTopic) {
    if (!from.isBefore(to)) {
      throw new InvalidInput("endsAt", "must be after startsAt");
    }
    this.day = newDay;
    this.startsAt = from;
    this.endsAt = to;
    this.topic = newTopic;
  }

  public void cancel(boolean off) {
    this.cancelled = off;
  }

  /** Whether the session has begun at {@code now} (roll call opens then, not before). */
  public boolean begun(ZonedDateTime now) {
    return !ZonedDateTime.of(day, startsAt, trainingClass.zone()).isAfter(now);
  }

  public ZonedDateTime start() {
    return ZonedDateTime.of(day, startsAt, trainingClass.zone());
  }

  public ZonedDateTime end() {
    return ZonedDateTime.of(day, endsAt, trainingClass.zone());
  }

  public Long id() {
    return id;
  }

  public TrainingClass trainingClass() {
    return trainingClass;
  }

  public TrainingModule module() {
    return module;
  }

  public LocalDate day() {
    return day;
  }

  public LocalTime startsAt() {
    return startsAt;
  }

  public LocalTime endsAt() {
    return endsAt;
  }

  public String topic() {
    return topic;
  }

  public boolean cancelled() {
    return cancelled;
  }

  public long version() {
    return version;
  }
}
