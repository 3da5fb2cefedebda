package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.floorready.application.boundary.Moves;
import org.floorready.application.entity.Application;
import org.floorready.interview.control.InterviewSlotFinder;
import org.floorready.interview.control.InterviewerTimes;
import org.floorready.interview.control.StateTimeZones;
import org.floorready.interview.entity.InterviewPlan;
import org.floorready.interview.entity.Seat;
import org.floorready.interview.entity.SlotTaken;
import org.floorready.platform.InvalidInput;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.threeten.extra.Interval;

/**
 * Times for a plan: proposals over a window (in the candidate's waking hours, everyone's local
 * time, why each pool member), and the seats of one time checked again under the interviewers' row
 * locks before a booking or a move takes it.
 */
@ApplicationScoped
@Transactional
public class SlotProposals {
  static final Duration MINIMUM_NOTICE = Duration.ofHours(1);

  static final Duration LONGEST_WINDOW = Duration.ofDays(31);

  static final LocalTime WAKING_FROM = LocalTime.of(8, 0);

  static final LocalTime WAKING_TO = LocalTime.of(20, 0);

  /** Proposed times for a plan of the application's requisition, in a window. */
  public record Proposal(String candidateZone, Instant from, Instant to, List<SlotView> slots) {}

  public Proposal propose(long applicationId, long planId, Instant from, Instant to, String zone) {
    Application application = moves.visible(applicationId, caller.user(), false);
    InterviewPlan plan = plan(application, planId);
    ZoneId candidateZone = candidateZone(application, zone);
    Interval window = window(from, to);
    return new Proposal(
        candidateZone.getId(),
        window.getStart(),
        window.getEnd(),
        slots(plan, window, candidateZone, null, null, 20, 4));
  }

  /** Free slots of a plan over a window, in the candidate's waking hours. */
  List<SlotView> slots(
      InterviewPlan plan,
      Interval window,
      ZoneId candidateZone,
      Set<Long> chosen,
      Long ignoredInterview,
      int limit,
      int perDay) {
    Map<Long, InterviewerTimes> times =
        schedules.over(everyone(plan), window, ignoredInterview, false);
    List<InterviewSlotFinder.Slot> found =
        finder.findCommonSlots(
            panel(plan, times, chosen),
            new InterviewSlotFinder.Request(
                window,
                plan.length(),
                plan.buffer(),
                candidateZone,
                WAKING_FROM,
                WAKING_TO,
                limit,
                perDay));
    Map<Long, ZoneId> zones = zones(everyone(plan));
    return found.stream()
        .map(slot -> SlotView.of(slot, candidateZone, id -> zones.get(id)))
        .toList();
  }

  /**
   * The seats for {@code start} after locking everyone's calendar rows: the slot must still be free
   * for all the plan needs, or it is refused with fresh choices.
   */
  List<Seat> seatsAt(
      InterviewPlan plan,
      Instant start,
      List<Long> interviewers,
      ZoneId candidateZone,
      Long ignoredInterview) {
    Instant now = Instant.now();
    if (start.isBefore(now.plus(MINIMUM_NOTICE))) {
      throw new InvalidInput("start", "must be at least an hour from now");
    }
    if (start.getEpochSecond() % (15 * 60) != 0) {
      throw new InvalidInput("start", "must be on the quarter hour");
    }
    Set<Long> chosen = interviewers == null ? null : new LinkedHashSet<>(interviewers);
    if (chosen != null && !everyone(plan).containsAll(chosen)) {
      throw new InvalidInput("interviewers", "may only name people of this interview's plan");
    }
    Interval slot = Interval.of(start, start.plus(plan.length()));
    Map<Long, InterviewerTimes> times =
        schedules.over(everyone(plan), slot, ignoredInterview, true);
    List<InterviewSlotFinder.Slot> found =
        finder.findCommonSlots(
            panel(plan, times, chosen),
            new InterviewSlotFinder.Request(
                slot,
                plan.length(),
                plan.buffer(),
                candidateZone,
                LocalTime.MIN,
                LocalTime.MAX,
                1,
                1));
    if (found.isEmpty()) {
      Interval next = Interval.of(now.plus(MINIMUM_NOTICE), now.plus(Duration.ofDays(14)));
      throw new SlotTaken(
          "That time is no longer free for everyone this interview needs.",
          new FreshChoices(slots(plan, next, candidateZone, null, ignoredInterview, 10, 3)));
    }
    List<Seat> seats = new ArrayList<>();
    for (InterviewSlotFinder.Seat seat : found.get(0).interviewers()) {
      seats.add(new Seat(seat.id(), start.minus(plan.buffer()), slot.getEnd().plus(plan.buffer())));
    }
    return seats;
  }

  /** Fresh times offered when the one asked for is gone. */
  public record FreshChoices(List<SlotView> slots) {}

  InterviewPlan plan(Application application, long planId) {
    InterviewPlan plan = em.find(InterviewPlan.class, planId);
    if (plan == null || plan.requisitionId() != application.requisition().id()) {
      throw new NotFoundException("No interview plan " + planId + " for this application.");
    }
    return plan;
  }

  static Set<Long> everyone(InterviewPlan plan) {
    Set<Long> ids = new LinkedHashSet<>(plan.required());
    ids.addAll(plan.pool());
    return ids;
  }

  private static InterviewSlotFinder.Panel panel(
      InterviewPlan plan, Map<Long, InterviewerTimes> times, Set<Long> chosen) {
    List<InterviewerTimes> required = new ArrayList<>();
    for (Long id : plan.required()) {
      InterviewerTimes person = times.get(id);
      if (person == null) {
        // a named interviewer who no longer exists: nobody can book this plan until it is fixed
        return new InterviewSlotFinder.Panel(List.of(), List.of(impossible()));
      }
      required.add(person);
    }
    List<InterviewerTimes> pool = new ArrayList<>();
    for (Long id : plan.pool()) {
      if (times.containsKey(id) && (chosen == null || chosen.contains(id))) {
        pool.add(times.get(id));
      }
    }
    List<InterviewSlotFinder.Pool> pools =
        plan.poolCount() == 0
            ? List.of()
            : List.of(new InterviewSlotFinder.Pool("the interviewer pool", pool, plan.poolCount()));
    return new InterviewSlotFinder.Panel(required, pools);
  }

  private static InterviewSlotFinder.Pool impossible() {
    return new InterviewSlotFinder.Pool("nobody", List.of(), 1);
  }

  private Map<Long, ZoneId> zones(Set<Long> ids) {
    Map<Long, ZoneId> zones = new HashMap<>();
    for (Long id : ids) {
      AppUser user = em.find(AppUser.class, id);
      if (user != null) {
        zones.put(id, InterviewView.zoneOf(user));
      }
    }
    return zones;
  }

  static ZoneId candidateZone(Application application, String zone) {
    if (zone != null) {
      return ZoneId.of(zone);
    }
    return StateTimeZones.of(application.candidate().region())
        .orElseThrow(
            () ->
                new InvalidInput(
                    "candidateZone",
                    "is needed: the candidate's profile has no state to take a zone from"));
  }

  static Interval window(Instant from, Instant to) {
    Instant earliest = Instant.now().plus(MINIMUM_NOTICE);
    Map<String, String> problems = new java.util.LinkedHashMap<>();
    if (to == null || from == null) {
      throw new InvalidInput("from", "and to are both needed");
    }
    if (!to.isAfter(from)) {
      problems.put("to", "must be after from");
    } else if (!to.isAfter(earliest)) {
      problems.put("to", "is in the past: interviews are booked at least an hour ahead");
    } else if (Duration.between(from, to).compareTo(LONGEST_WINDOW) > 0) {
      problems.put("to", "must be at most 31 days after from");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return Interval.of(from.isBefore(earliest) ? earliest : from, to);
  }

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject Moves moves;
  @Inject InterviewerSchedules schedules;

  private final InterviewSlotFinder finder = new InterviewSlotFinder();
}
