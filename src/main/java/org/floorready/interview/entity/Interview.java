package org.floorready.interview.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.floorready.security.entity.Audited;
import org.threeten.extra.Interval;

/**
 * A booked interview of one application: when, who sits in it, and its life as a calendar event.
 * Its iCalendar UID never changes; every change that attendees must see (a new time, new people, a
 * cancellation) raises the SEQUENCE, so calendars replace the event instead of adding a second one.
 * Only a scheduled interview can be moved, cancelled or marked a no-show.
 */
@Entity
@Table(name = "interview")
@NamedQuery(
    name = Interview.SEATS_OVERLAPPING,
    query =
        "select i from Interview i join i.seats s where s.userId in :users"
            + " and i.status = org.floorready.interview.entity.InterviewStatus.SCHEDULED"
            + " and s.busyFrom < :to and s.busyTo > :from")
@NamedQuery(
    name = Interview.OF_APPLICATION,
    query = "select i from Interview i where i.applicationId = :application order by i.startsAt")
public class Interview implements Audited {
  public static final String SEATS_OVERLAPPING = "Interview.seatsOverlapping";
  public static final String OF_APPLICATION = "Interview.ofApplication";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interview_seq")
  @SequenceGenerator(name = "interview_seq", sequenceName = "interview_seq", allocationSize = 50)
  private Long id;

  private long applicationId;
  private long planId;

  @Enumerated(EnumType.STRING)
  private InterviewKind kind;

  private Instant startsAt;
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  private InterviewStatus status = InterviewStatus.SCHEDULED;

  private String icalUid;
  private int icalSequence;
  private String location;
  private String candidateZone;

  @Enumerated(EnumType.STRING)
  private Response candidateResponse = Response.NEEDS_ACTION;

  private String bookedBy;
  private Instant bookedAt;
  private String endedBy;
  private String endedReason;
  private Instant endedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "interview_seat", joinColumns = @JoinColumn(name = "interview_id"))
  private List<Seat> seats = new ArrayList<>();

  @Version private long version;

  protected Interview() {}

  public Interview(
      long applicationId,
      InterviewPlan plan,
      Interval when,
      List<Seat> seats,
      String candidateZone,
      String bookedBy,
      Instant now,
      String domain) {
    this.applicationId = applicationId;
    this.planId = plan.id();
    this.kind = plan.kind();
    this.startsAt = when.getStart();
    this.endsAt = when.getEnd();
    this.seats = new ArrayList<>(seats);
    this.location = plan.location();
    this.candidateZone = candidateZone;
    this.bookedBy = bookedBy;
    this.bookedAt = now;
    this.icalUid = UUID.randomUUID() + "@" + domain;
  }

  /** A new time (and perhaps new people); everyone is asked again. */
  public void moveTo(Interval when, List<Seat> newSeats) {
    requireScheduled();
    this.startsAt = when.getStart();
    this.endsAt = when.getEnd();
    this.seats = new ArrayList<>(newSeats);
    this.candidateResponse = Response.NEEDS_ACTION;
    this.icalSequence++;
  }

  /** Called off by the candidate, an interviewer or a recruiter ({@code by}), with the reason. */
  public void cancel(String by, String reason, Instant now) {
    requireScheduled();
    this.status = InterviewStatus.CANCELLED;
    this.endedBy = by;
    this.endedReason = reason;
    this.endedAt = now;
    this.icalSequence++;
  }

  /** A cancellation less than a day before the start: reported like a no-show. */
  public boolean cancelledLate() {
    return status == InterviewStatus.CANCELLED
        && endedAt != null
        && endedAt.isAfter(startsAt.minus(java.time.Duration.ofDays(1)));
  }

  /** Someone did not come: {@code by} says who (the candidate or an interviewer). */
  public void noShow(String by, String reason, Instant now) {
    requireScheduled();
    if (now.isBefore(startsAt)) {
      throw new InterviewNotScheduled("A no-show is recorded once the interview has started.");
    }
    this.status = InterviewStatus.NO_SHOW;
    this.endedBy = by;
    this.endedReason = reason;
    this.endedAt = now;
  }

  /** An attendee's iTIP answer; false when the address is nobody's of this interview. */
  public boolean answer(long userId, Response response) {
    for (Seat seat : seats) {
      if (seat.userId() == userId) {
        seat.answer(response);
        return true;
      }
    }
    return false;
  }

  public void candidateAnswered(Response response) {
    this.candidateResponse = response;
  }

  private void requireScheduled() {
    if (status != InterviewStatus.SCHEDULED) {
      throw new InterviewNotScheduled(
          "Interview " + id + " is " + status.name().toLowerCase().replace('_', ' ') + ".");
    }
  }

  public boolean seats(long userId) {
    return seats.stream().anyMatch(seat -> seat.userId() == userId);
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

  public InterviewKind kind() {
    return kind;
  }

  public Interval when() {
    return Interval.of(startsAt, endsAt);
  }

  public InterviewStatus status() {
    return status;
  }

  public String icalUid() {
    return icalUid;
  }

  public int icalSequence() {
    return icalSequence;
  }

  public String location() {
    return location;
  }

  public String candidateZone() {
    return candidateZone;
  }

  public Response candidateResponse() {
    return candidateResponse;
  }

  public List<Seat> seatList() {
    return List.copyOf(seats);
  }

  public String bookedBy() {
    return bookedBy;
  }

  public Instant bookedAt() {
    return bookedAt;
  }

  public String endedBy() {
    return endedBy;
  }

  public String endedReason() {
    return endedReason;
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
    state.put("application", applicationId);
    state.put("kind", kind.name());
    state.put("start", startsAt.toString());
    state.put("end", endsAt.toString());
    state.put("status", status.name());
    state.put("interviewers", seats.stream().map(Seat::userId).sorted().toList());
    state.put("sequence", icalSequence);
    if (endedReason != null) {
      state.put("endedBy", endedBy);
      state.put("reason", endedReason);
    }
    return state;
  }
}
