package org.floorready.interview.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.floorready.application.entity.Application;
import org.floorready.interview.entity.BusySource;
import org.floorready.interview.entity.BusyTime;
import org.floorready.interview.entity.Competency;
import org.floorready.interview.entity.Interview;
import org.floorready.interview.entity.InterviewKind;
import org.floorready.interview.entity.InterviewPlan;
import org.floorready.interview.entity.InterviewerCalendar;
import org.floorready.interview.entity.Recommendation;
import org.floorready.interview.entity.Scorecard;
import org.floorready.interview.entity.Seat;
import org.floorready.interview.entity.WorkingHours;
import org.floorready.platform.demo.SeedDemoData;
import org.floorready.requisition.entity.Requisition;
import org.floorready.requisition.entity.RequisitionStatus;
import org.floorready.security.entity.AppUser;
import org.threeten.extra.Interval;

/**
 * Demo interviewers in four zones (New York, Chicago, Phoenix, Los Angeles) with working hours,
 * limits, a weekly meeting and time off; interview plans for the open requisitions; and booked
 * phone screens for the first people in the phone-interview stage.
 */
@ApplicationScoped
public class DemoInterviews {
  private static final Map<String, int[]> HOURS =
      Map.of(
          "morgan.manager@floorready.example.com", new int[] {9, 17},
          "jordan.manager@floorready.example.com", new int[] {8, 16},
          "casey.interviewer@floorready.example.com", new int[] {10, 18},
          "dana.director@floorready.example.com", new int[] {9, 15});

  @PersistenceContext EntityManager em;
  @Inject Scheduling scheduling;
  @Inject SlotProposals proposals;
  @Inject InterviewInvites invites;

  @Transactional
  void seed(@Observes @Priority(400) SeedDemoData demo) {
    List<AppUser> people = new ArrayList<>();
    for (Map.Entry<String, int[]> entry : HOURS.entrySet()) {
      em.createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
          .setParameter("email", entry.getKey())
          .getResultStream()
          .findFirst()
          .ifPresent(
              user -> {
                people.add(user);
                available(user, entry.getValue()[0], entry.getValue()[1]);
              });
    }
    if (people.size() < HOURS.size()) {
      return;
    }
    people.sort(java.util.Comparator.comparing(AppUser::email));
    AppUser casey = find(people, "casey");
    AppUser jordan = find(people, "jordan");
    AppUser morgan = find(people, "morgan");
    AppUser dana = find(people, "dana");
    List<Requisition> open =
        em.createQuery(
                "select r from Requisition r where r.status = :s order by r.id", Requisition.class)
            .setParameter("s", RequisitionStatus.OPEN)
            .getResultList();
    for (Requisition requisition : open) {
      InterviewPlan phone =
          plan(
              requisition,
              "PHONE_INTERVIEW",
              InterviewKind.PHONE_SCREEN,
              30,
              10,
              List.of(),
              List.of(casey.id(), jordan.id(), dana.id()),
              1);
      plan(
          requisition,
          "MOCK_SALES_CALL",
          InterviewKind.MOCK_SALES_CALL,
          45,
          15,
          List.of(morgan.id()),
          List.of(casey.id(), jordan.id()),
          1);
      AppUser manager = requisition.hiringManager() == null ? morgan : requisition.hiringManager();
      plan(
          requisition,
          "MANAGER_INTERVIEW",
          InterviewKind.MANAGER_INTERVIEW,
          45,
          15,
          List.of(manager.id()),
          List.of(),
          0);
      book(requisition, phone);
    }
    em.createQuery(
            "select r from Requisition r where r.status = :s order by r.id", Requisition.class)
        .setParameter("s", RequisitionStatus.FILLED)
        .getResultList()
        .forEach(filled -> pastCohort(filled, casey, jordan, morgan));
  }

  /**
   * The filled requisition's hires were interviewed before they were hired: a phone screen and a
   * mock sales call each, every scorecard filled. Some were stronger than others; a few were hired
   * although one interviewer said no.
   */
  private void pastCohort(Requisition filled, AppUser casey, AppUser jordan, AppUser morgan) {
    InterviewPlan phone =
        plan(
            filled,
            "PHONE_INTERVIEW",
            InterviewKind.PHONE_SCREEN,
            30,
            10,
            List.of(),
            List.of(casey.id(), jordan.id()),
            1);
    InterviewPlan mock =
        plan(
            filled,
            "MOCK_SALES_CALL",
            InterviewKind.MOCK_SALES_CALL,
            45,
            15,
            List.of(morgan.id()),
            List.of(casey.id(), jordan.id()),
            1);
    java.util.Random random = new java.util.Random(5);
    int i = 0;
    for (Application a :
        em.createQuery(
                "select a from Application a where a.requisition = :r and a.stage = 'HIRED'"
                    + " order by a.id",
                Application.class)
            .setParameter("r", filled)
            .getResultList()) {
      // 2: strong, 1: solid, 0: shaky
      int strength = i % 5 == 0 ? 0 : i % 5 == 1 || i % 5 == 3 ? 2 : 1;
      AppUser screener = i % 2 == 0 ? casey : jordan;
      Instant screen = a.appliedAt().plus(Duration.ofDays(6)).plus(Duration.ofHours(i % 7));
      scored(a, phone, screen, List.of(screener), strength, random);
      Instant call = screen.plus(Duration.ofDays(5));
      scored(a, mock, call, List.of(morgan, i % 2 == 0 ? jordan : casey), strength, random);
      i++;
    }
  }

  private void scored(
      Application a,
      InterviewPlan plan,
      Instant at,
      List<AppUser> panel,
      int strength,
      java.util.Random random) {
    Interval when = Interval.of(at, at.plus(plan.length()));
    Interview interview =
        new Interview(
            a.id(),
            plan,
            when,
            panel.stream().map(p -> new Seat(p.id(), when.getStart(), when.getEnd())).toList(),
            "America/New_York",
            "demo",
            at.minus(Duration.ofDays(2)),
            invites.domain());
    em.persist(interview);
    em.flush();
    for (AppUser interviewer : panel) {
      List<Scorecard.Rating> ratings = new ArrayList<>();
      for (Competency c : Competency.of(plan.kind())) {
        int rating =
            Math.max(
                1,
                Math.min(
                    4,
                    2
                        + strength / 2
                        + random.nextInt(2)
                        + (strength == 0 ? -random.nextInt(2) : 0)));
        ratings.add(
            new Scorecard.Rating(
                c, rating, rating == 4 ? "Stood out" : rating == 1 ? "Struggled with this" : null));
      }
      Scorecard card = new Scorecard(interview.id(), interviewer.id());
      card.fill(
          plan.kind(),
          ratings,
          strength == 2
              ? Recommendation.STRONG_YES
              : strength == 0 && interviewer.email().startsWith("jordan")
                  ? Recommendation.NO
                  : Recommendation.YES,
          null,
          when.getEnd().plus(Duration.ofHours(1)));
      em.persist(card);
    }
  }

  private static AppUser find(List<AppUser> people, String name) {
    return people.stream().filter(p -> p.email().startsWith(name)).findFirst().orElseThrow();
  }

  private void available(AppUser user, int from, int to) {
    InterviewerCalendar calendar = new InterviewerCalendar(user.id());
    List<WorkingHours> hours = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= 5) {
        hours.add(new WorkingHours(day, LocalTime.of(from, 0), LocalTime.of(to, 0)));
      }
    }
    calendar.setAvailability(hours, 5, 20);
    em.persist(calendar);
    ZoneId zone = ZoneId.of(user.timeZone());
    LocalDate monday =
        LocalDate.now(zone).with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
    for (int week = 0; week < 3; week++) {
      LocalDate day = monday.plusWeeks(week);
      Instant huddle = day.atTime(from, 0).atZone(zone).toInstant();
      em.persist(
          new BusyTime(
              user.id(),
              Interval.of(huddle, huddle.plus(Duration.ofMinutes(30))),
              BusySource.CALENDAR,
              "Team huddle"));
    }
    Instant dayOff = monday.plusDays(3).atStartOfDay(zone).toInstant();
    em.persist(
        new BusyTime(
            user.id(),
            Interval.of(dayOff, dayOff.plus(Duration.ofDays(1))),
            BusySource.TIME_OFF,
            "Day off"));
  }

  private InterviewPlan plan(
      Requisition requisition,
      String stage,
      InterviewKind kind,
      int minutes,
      int buffer,
      List<Long> required,
      List<Long> pool,
      int count) {
    InterviewPlan plan = new InterviewPlan(requisition.id(), stage);
    plan.define(
        kind,
        Duration.ofMinutes(minutes),
        Duration.ofMinutes(buffer),
        required,
        pool,
        count,
        "Phone: we call you at the number you gave");
    em.persist(plan);
    em.flush();
    return plan;
  }

  /** Books the first phone screens of the requisition at the earliest free times. */
  private void book(Requisition requisition, InterviewPlan plan) {
    List<Application> waiting =
        em.createQuery(
                "select a from Application a where a.requisition = :r and a.stage = :s order by a.id",
                Application.class)
            .setParameter("r", requisition)
            .setParameter("s", "PHONE_INTERVIEW")
            .setMaxResults(2)
            .getResultList();
    Instant from = Instant.now().plus(Duration.ofDays(1));
    for (Application application : waiting) {
      ZoneId zone = SlotProposals.candidateZone(application, "America/Chicago");
      List<SlotView> slots =
          proposals.slots(
              plan, Interval.of(from, from.plus(Duration.ofDays(7))), zone, null, null, 1, 1);
      if (!slots.isEmpty()) {
        scheduling.bookAt(application, plan, slots.get(0).start(), null, zone, "demo");
        em.flush();
      }
    }
  }
}
