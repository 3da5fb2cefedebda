package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.application.boundary.Moves;
import org.floorready.application.entity.Application;
import org.floorready.interview.entity.ChangeTooLate;
import org.floorready.interview.entity.Interview;
import org.floorready.interview.entity.InterviewPlan;
import org.floorready.interview.entity.InterviewStatus;
import org.floorready.interview.entity.SchedulingLink;
import org.floorready.interview.entity.SchedulingLinkInvalid;
import org.floorready.interview.entity.SlotTaken;
import org.floorready.notification.boundary.Outbox;
import org.floorready.notification.entity.MailMessage;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.web.SignedLinks;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.threeten.extra.Interval;

/**
 * Candidates pick their own interview time through a signed, expiring link (no account): the
 * recruiter sends it for a plan and a window; the candidate sees free times in their own zone,
 * books one, and may move or cancel it until the recruiter's cutoff. A time someone else took
 * meanwhile is refused with fresh choices.
 */
@ApplicationScoped
@Transactional
public class SelfScheduling {
  static final String PURPOSE = "interview-self-scheduling";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject Moves moves;
  @Inject Scheduling scheduling;
  @Inject SlotProposals proposals;
  @Inject SignedLinks links;
  @Inject Outbox outbox;
  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "floorready.base-url")
  String baseUrl;

  /** A link as its sender sees it; the address is there once, in the answer to its creation. */
  public record Sent(long id, String url, Instant expiresAt) {}

  /** What the candidate's page shows. */
  public record Choice(
      String candidateName,
      String interview,
      String job,
      int minutes,
      String candidateZone,
      Booked booked,
      boolean canChange,
      String changeRule,
      List<SlotView> slots) {}

  /** The interview the candidate booked through the link. */
  public record Booked(Instant start, Instant end, String candidateTime, String status) {}

  public Sent send(
      long applicationId,
      long planId,
      Instant from,
      Instant to,
      String zone,
      int validDays,
      int cutoffHours) {
    Application application = moves.visible(applicationId, caller.user(), false);
    if (application.closed()) {
      throw new InvalidInput("applicationId", "is closed: reopen it to interview the person");
    }
    InterviewPlan plan = proposals.plan(application, planId);
    Interval window = SlotProposals.window(from, to);
    ZoneId candidateZone = SlotProposals.candidateZone(application, zone);
    Instant now = Instant.now();
    Instant expires = now.plus(Duration.ofDays(validDays));
    if (expires.isAfter(window.getEnd())) {
      expires = window.getEnd();
    }
    SchedulingLink link =
        new SchedulingLink(
            applicationId,
            planId,
            window,
            candidateZone.getId(),
            expires,
            cutoffHours,
            caller.user().email(),
            now);
    em.persist(link);
    em.flush();
    audit.created(link);
    String url =
        baseUrl.replaceAll("/$", "")
            + "/interview/#"
            + links.sign(PURPOSE, String.valueOf(link.id()), expires);
    String name = application.candidate().fullName();
    outbox.enqueue(
        MailMessage.plain(
                application.candidate().primaryEmail(),
                "Pick a time for your "
                    + plan.kind().label().toLowerCase()
                    + " — "
                    + application.requisition().title(),
                "Hello "
                    + name
                    + ",\n\nThank you for applying for "
                    + application.requisition().title()
                    + ". Please pick a time for your "
                    + plan.kind().label().toLowerCase()
                    + " ("
                    + plan.length().toMinutes()
                    + " minutes) here:\n\n"
                    + url
                    + "\n\nThe times are shown in your time zone, and you can change it on the page."
                    + " The link works until "
                    + LocalTimes.range(expires, expires, candidateZone).replaceAll("–.*", "")
                    + ".\n",
                "interview-self-scheduling")
            .about("Application", String.valueOf(applicationId)));
    return new Sent(link.id(), url, expires);
  }

  public Choice choices(String token, String zone) {
    SchedulingLink link = link(token, false);
    return choice(link, zone == null ? ZoneId.of(link.candidateZone()) : ZoneId.of(zone));
  }

  /** Books the time, or moves the booked interview to it. */
  public Choice pick(String token, Instant start, String zone) {
    SchedulingLink link = link(token, true);
    ZoneId candidateZone = zone == null ? ZoneId.of(link.candidateZone()) : ZoneId.of(zone);
    if (!link.window().contains(start)) {
      throw new InvalidInput("start", "must be one of the times offered");
    }
    Application application =
        em.find(Application.class, link.applicationId(), LockModeType.PESSIMISTIC_WRITE);
    InterviewPlan plan = em.find(InterviewPlan.class, link.planId());
    Interview booked = booked(link);
    try {
      if (booked != null) {
        requireChangeable(link, booked);
        scheduling.moveAt(booked, start, null);
      } else {
        Interview interview =
            scheduling.bookAt(application, plan, start, null, candidateZone, "candidate");
        link.booked(interview.id());
      }
    } catch (SlotTaken taken) {
      // the candidate sees fresh times, not who would interview or why
      List<SlotView> fresh =
          taken.current() instanceof SlotProposals.FreshChoices choices
              ? choices.slots()
              : List.of();
      throw new SlotTaken(
          "Someone took that time a moment ago. Please pick another.",
          new SlotProposals.FreshChoices(anonymous(fresh, candidateZone)));
    }
    link.zone(candidateZone.getId());
    return choice(link, candidateZone);
  }

  public Choice cancel(String token, String reason) {
    SchedulingLink link = link(token, true);
    Interview booked = booked(link);
    if (booked == null) {
      throw new InvalidInput("start", "nothing is booked through this link");
    }
    requireChangeable(link, booked);
    scheduling.cancelAs(
        booked,
        "candidate",
        reason == null || reason.isBlank() ? "Cancelled by the candidate" : reason);
    return choice(link, ZoneId.of(link.candidateZone()));
  }

  private static void requireChangeable(SchedulingLink link, Interview booked) {
    if (!link.allowsChangeOf(booked.when().getStart(), Instant.now())) {
      throw new ChangeTooLate(
          "Changes through this link close "
              + link.changeCutoffHours()
              + " hours before the interview; please contact your recruiter.");
    }
  }

  private SchedulingLink link(String token, boolean lock) {
    long id =
        links
            .verify(PURPOSE, token, Instant.now())
            .filter(subject -> subject.matches("[0-9]{1,18}"))
            .map(Long::parseLong)
            .orElseThrow(SchedulingLinkInvalid::new);
    SchedulingLink link =
        lock
            ? em.find(SchedulingLink.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(SchedulingLink.class, id);
    if (link == null || !link.usable(Instant.now())) {
      throw new SchedulingLinkInvalid();
    }
    return link;
  }

  private Interview booked(SchedulingLink link) {
    if (link.interviewId() == null) {
      return null;
    }
    Interview interview = em.find(Interview.class, link.interviewId());
    return interview != null && interview.status() == InterviewStatus.SCHEDULED ? interview : null;
  }

  /**
   * Times as the candidate sees them: in their zone, without the interviewers' names or reasons.
   */
  private static List<SlotView> anonymous(List<SlotView> slots, ZoneId zone) {
    return slots.stream()
        .map(
            s ->
                new SlotView(
                    s.start(), s.end(), LocalTimes.range(s.start(), s.end(), zone), List.of()))
        .toList();
  }

  private Choice choice(SchedulingLink link, ZoneId zone) {
    Application application = em.find(Application.class, link.applicationId());
    InterviewPlan plan = em.find(InterviewPlan.class, link.planId());
    Interview booked = booked(link);
    Interview last =
        link.interviewId() == null ? null : em.find(Interview.class, link.interviewId());
    Instant now = Instant.now();
    boolean changeable = booked == null || link.allowsChangeOf(booked.when().getStart(), now);
    Instant earliest = now.plus(SlotProposals.MINIMUM_NOTICE);
    Interval window = link.window();
    List<SlotView> slots =
        !changeable || !window.getEnd().isAfter(earliest)
            ? List.of()
            : proposals.slots(
                plan,
                Interval.of(
                    window.getStart().isBefore(earliest) ? earliest : window.getStart(),
                    window.getEnd()),
                zone,
                null,
                booked == null ? null : booked.id(),
                24,
                4);
    // the candidate sees times, not the interviewers' names or their reasons
    List<SlotView> anonymous =
        slots.stream()
            .map(s -> new SlotView(s.start(), s.end(), s.candidateTime(), List.of()))
            .toList();
    String first = application.candidate().fullName().split(" ")[0];
    return new Choice(
        first,
        plan.kind().label(),
        application.requisition().title(),
        (int) plan.length().toMinutes(),
        zone.getId(),
        last == null
            ? null
            : new Booked(
                last.when().getStart(),
                last.when().getEnd(),
                LocalTimes.range(last.when().getStart(), last.when().getEnd(), zone),
                last.status().name()),
        changeable,
        "You can move or cancel until " + link.changeCutoffHours() + " hours before the interview.",
        anonymous);
  }
}
