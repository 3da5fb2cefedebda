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
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.List;
import org.floorready.platform.database.JsonArrays;
import org.floorready.security.entity.Audited;

/**
 * How one interview stage of a requisition is run: its kind, length and buffer, and who is needed —
 * every named interviewer, plus {@code poolCount} of the pool (the least loaded free ones).
 */
@Entity
@Table(name = "interview_plan")
@NamedQuery(
    name = InterviewPlan.OF_REQUISITION,
    query = "select p from InterviewPlan p where p.requisitionId = :requisition order by p.id")
public class InterviewPlan implements Audited {
  public static final String OF_REQUISITION = "InterviewPlan.ofRequisition";

  /**
   * Reminders to the candidate and interviewers, in minutes before the start: a day and an hour.
   */
  public static final List<Long> DEFAULT_REMINDERS = List.of(1440L, 60L);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interview_plan_seq")
  @SequenceGenerator(
      name = "interview_plan_seq",
      sequenceName = "interview_plan_seq",
      allocationSize = 50)
  private Long id;

  private long requisitionId;
  private String stageKey;

  @Enumerated(EnumType.STRING)
  private InterviewKind kind;

  private int durationMinutes;
  private int bufferMinutes;
  private String requiredIds;
  private String poolIds;
  private int poolCount;
  private String location;
  private String reminderMinutes = JsonArrays.write(DEFAULT_REMINDERS);
  @Version private long version;

  protected InterviewPlan() {}

  public InterviewPlan(long requisitionId, String stageKey) {
    this.requisitionId = requisitionId;
    this.stageKey = stageKey;
  }

  /** The whole plan at once; the boundary has checked the people and the pool count. */
  public void define(
      InterviewKind kind,
      Duration length,
      Duration buffer,
      List<Long> required,
      List<Long> pool,
      int count,
      String location) {
    this.kind = kind;
    this.durationMinutes = (int) length.toMinutes();
    this.bufferMinutes = (int) buffer.toMinutes();
    this.requiredIds = JsonArrays.write(required);
    this.poolIds = JsonArrays.write(pool);
    this.poolCount = count;
    this.location = location;
  }

  /** When the candidate and the interviewers are reminded, in minutes before the start. */
  public void remindAt(List<Long> minutesBefore) {
    this.reminderMinutes = JsonArrays.write(minutesBefore);
  }

  public List<Long> reminderMinutes() {
    return JsonArrays.longs(reminderMinutes);
  }

  public Long id() {
    return id;
  }

  public long requisitionId() {
    return requisitionId;
  }

  public String stageKey() {
    return stageKey;
  }

  public InterviewKind kind() {
    return kind;
  }

  public Duration length() {
    return Duration.ofMinutes(durationMinutes);
  }

  public Duration buffer() {
    return Duration.ofMinutes(bufferMinutes);
  }

  public List<Long> required() {
    return JsonArrays.longs(requiredIds);
  }

  public List<Long> pool() {
    return JsonArrays.longs(poolIds);
  }

  public int poolCount() {
    return poolCount;
  }

  public String location() {
    return location;
  }

  public long version() {
    return version;
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public java.util.Map<String, Object> auditState() {
    java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
    state.put("requisition", requisitionId);
    state.put("stage", stageKey);
    state.put("kind", kind == null ? null : kind.name());
    state.put("minutes", durationMinutes);
    state.put("buffer", bufferMinutes);
    state.put("required", required());
    state.put("pool", pool());
    state.put("poolCount", poolCount);
    state.put("reminders", reminderMinutes());
    return state;
  }
}
