package org.floorready.interview.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.floorready.security.entity.Audited;
import org.threeten.extra.Interval;

/**
 * What a candidate may do through their scheduling link: pick a time of one plan within a window,
 * then move or cancel it until {@code changeCutoffHours} before it starts. The link expires, and a
 * recruiter can revoke it.
 */
@Entity
@Table(name = "scheduling_link")
public class SchedulingLink implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduling_link_seq")
  @SequenceGenerator(
      name = "scheduling_link_seq",
      sequenceName = "scheduling_link_seq",
      allocationSize = 50)
  private Long id;

  private long applicationId;
  private long planId;
  private Instant windowFrom;
  private Instant windowTo;
  private String candidateZone;
  private Instant expiresAt;
  private int changeCutoffHours;
  private Long interviewId;
  private String createdBy;
  private Instant createdAt;
  private Instant revokedAt;
  @Version private long version;

  protected SchedulingLink() {}

  public SchedulingLink(
      long applicationId,
      long planId,
      Interval window,
      String candidateZone,
      Instant expiresAt,
      int changeCutoffHours,
      String createdBy,
      Instant now) {
    this.applicationId = applicationId;
    this.planId = planId;
    this.windowFrom = window.getStart();
    this.windowTo = window.getEnd();
    this.candidateZone = candidateZone;
    this.expiresAt = expiresAt;
    this.changeCutoffHours = changeCutoffHours;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public boolean usable(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  /** Whether a booked interview starting at {@code start} may still be moved or cancelled. */
  public boolean allowsChangeOf(Instant start, Instant now) {
    return now.isBefore(start.minus(Duration.ofHours(changeCutoffHours)));
  }

  public void booked(long interview) {
    this.interviewId = interview;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public void zone(String zone) {
    this.candidateZone = zone;
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("application", applicationId);
    state.put("plan", planId);
    state.put("window", windowFrom + "/" + windowTo);
    state.put("expiresAt", expiresAt.toString());
    state.put("changeCutoffHours", changeCutoffHours);
    state.put("interview", interviewId);
    state.put("revokedAt", revokedAt == null ? null : revokedAt.toString());
    return state;
  }

  public Long id() {
    return id;
  }

  public long applicationId() {
    return applicationId;
  }

  public long planId() {
    return planId;
  }

  public Interval window() {
    return Interval.of(windowFrom, windowTo);
  }

  public String candidateZone() {
    return candidateZone;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public int changeCutoffHours() {
    return changeCutoffHours;
  }

  public Long interviewId() {
    return interviewId;
  }
}
