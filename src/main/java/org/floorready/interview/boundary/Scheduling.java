package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.floorready.application.boundary.Moves;
import org.floorready.application.entity.Application;
import org.floorready.interview.entity.Interview;
import org.floorready.interview.entity.InterviewPlan;
import org.floorready.interview.entity.InterviewStatus;
import org.floorready.interview.entity.Seat;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.StaleCheck;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.threeten.extra.Interval;

/**
 * An interview's life: booking (the time checked again under the interviewers' row locks by {@link
 * SlotProposals}, so two bookings can never take one person's time), moves, cancellations and
 * no-shows, each sent as an iTIP invite and followed by its reminders; and the interviews as staff
 * and interviewers see them.
 */
@ApplicationScoped
@Transactional
public class Scheduling {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject Moves moves;
  @Inject SlotProposals proposals;
  @Inject InterviewInvites invites;
  @Inject AuditTrail audit;
  @Inject InterviewReminders reminders;

  /**
   * Books the plan's interview at {@code start}, with the interviewers chosen (or the finder's).
   */
  public InterviewView book(
      long applicationId, long planId, Instant start, List<Long> interviewers, String zone) {
    AppUser me = caller.user();
    Application application = moves.visible(applicationId, me, true);
    InterviewPlan plan = proposals.plan(application, planId);
    Interview interview =
        bookAt(
            application,
            plan,
            start,
            interviewers,
            SlotProposals.candidateZone(application, zone),
            me.email());
    return view(interview);
  }

  Interview bookAt(
      Application application,
      InterviewPlan plan,
      Instant start,
      List<Long> interviewers,
      ZoneId candidateZone,
      String by) {
    if (application.closed()) {
      throw new InvalidInput("applicationId", "is closed: reopen it to interview the person");
    }
    boolean alreadyBooked =
        em.createNamedQuery(Interview.OF_APPLICATION, Interview.class)
            .setParameter("application", application.id())
            .getResultStream()
            .anyMatch(i -> i.planId() == plan.id() && i.status() == InterviewStatus.SCHEDULED);
    if (alreadyBooked) {
      throw new AlreadyBooked(
          "This application already has a scheduled " + plan.kind().label() + "; move it instead.");
    }
    List<Seat> seats = proposals.seatsAt(plan, start, interviewers, candidateZone, null);
    Interview interview =
        new Interview(
            application.id(),
            plan,
            Interval.of(start, start.plus(plan.length())),
            seats,
            candidateZone.getId(),
            by,
            Instant.now(),
            invites.domain());
    em.persist(interview);
    em.flush();
    audit.created(interview);
    invites.request(interview, application);
    booked(interview, plan);
    return interview;
  }

  public InterviewView reschedule(
      long interviewId, Instant start, List<Long> interviewers, Long version) {
    Interview interview = editable(interviewId, version);
    moveAt(interview, start, interviewers);
    return view(interview);
  }

  /** Moves a booked interview; the people taken off it get a cancellation. */
  void moveAt(Interview interview, Instant start, List<Long> interviewers) {
    Application application = em.find(Application.class, interview.applicationId());
    InterviewPlan plan = em.find(InterviewPlan.class, interview.planId());
    var before = interview.auditState();
    Set<Long> previous = seatedIds(interview);
    List<Seat> seats =
        proposals.seatsAt(
            plan, start, interviewers, ZoneId.of(interview.candidateZone()), interview.id());
    interview.moveTo(Interval.of(start, start.plus(plan.length())), seats);
    audit.updated(interview, before, "Moved");
    previous.removeAll(seatedIds(interview));
    invites.request(interview, application);
    invites.cancelFor(interview, application, previous);
    booked(interview, plan);
  }

  private void booked(Interview interview, InterviewPlan plan) {
    reminders.plan(interview, plan.reminderMinutes());
  }

  public InterviewView cancel(long interviewId, String reason, Long version) {
    Interview interview = editable(interviewId, version);
    cancelAs(interview, caller.user().email(), reason);
    return view(interview);
  }

  void cancelAs(Interview interview, String by, String reason) {
    var before = interview.auditState();
    interview.cancel(by, reason, Instant.now());
    audit.updated(interview, before, "Cancelled");
    invites.cancel(interview, em.find(Application.class, interview.applicationId()));
  }

  /** Records that the candidate or an interviewer did not come. */
  public InterviewView noShow(long interviewId, String who, String reason, Long version) {
    Interview interview = editable(interviewId, version);
    var before = interview.auditState();
    interview.noShow(who, reason, Instant.now());
    audit.updated(interview, before, "No-show");
    return view(interview);
  }

  public List<InterviewView> ofApplication(long applicationId) {
    moves.visible(applicationId, caller.user(), false);
    return em
        .createNamedQuery(Interview.OF_APPLICATION, Interview.class)
        .setParameter("application", applicationId)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  /** The caller's own interviews from a day ago to {@code days} ahead, as on their home page. */
  public List<InterviewView> mine(int days) {
    AppUser me = caller.user();
    Instant now = Instant.now();
    return em
        .createNamedQuery(Interview.SEATS_OVERLAPPING, Interview.class)
        .setParameter("users", Set.of(me.id()))
        .setParameter("from", now.minus(Duration.ofDays(1)))
        .setParameter("to", now.plus(Duration.ofDays(days)))
        .getResultList()
        .stream()
        .sorted(java.util.Comparator.comparing(i -> i.when().getStart()))
        .map(this::view)
        .toList();
  }

  public InterviewView get(long interviewId) {
    return view(visible(interviewId));
  }

  private Interview editable(long interviewId, Long version) {
    Interview interview = visible(interviewId);
    StaleCheck.requireCurrent(version, interview.version(), "interview");
    return interview;
  }

  Interview visible(long interviewId) {
    Interview interview = em.find(Interview.class, interviewId);
    if (interview == null) {
      throw new NotFoundException("No interview " + interviewId + ".");
    }
    AppUser me = caller.user();
    if (!interview.seats(me.id())) {
      moves.visible(interview.applicationId(), me, false);
    }
    return interview;
  }

  InterviewView view(Interview interview) {
    Map<Long, AppUser> people = new HashMap<>();
    for (Seat seat : interview.seatList()) {
      AppUser user = em.find(AppUser.class, seat.userId());
      if (user != null) {
        people.put(user.id(), user);
      }
    }
    Application application = em.find(Application.class, interview.applicationId());
    return InterviewView.of(
        interview, application.candidate().fullName(), application.requisition().title(), people);
  }

  private static Set<Long> seatedIds(Interview interview) {
    Set<Long> ids = new LinkedHashSet<>();
    interview.seatList().forEach(seat -> ids.add(seat.userId()));
    return ids;
  }
}
