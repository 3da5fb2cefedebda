package org.floorready.requisition.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.floorready.platform.demo.SeedDemoData;
import org.floorready.requisition.entity.AnswerType;
import org.floorready.requisition.entity.ApprovalChainStep;
import org.floorready.requisition.entity.Approver;
import org.floorready.requisition.entity.CriterionKind;
import org.floorready.requisition.entity.EmploymentType;
import org.floorready.requisition.entity.HeadcountTarget;
import org.floorready.requisition.entity.KnockoutQuestion;
import org.floorready.requisition.entity.LicenseRequirement;
import org.floorready.requisition.entity.PayBasis;
import org.floorready.requisition.entity.Requisition;
import org.floorready.requisition.entity.RequisitionDetails;
import org.floorready.requisition.entity.ScreeningCriterion;
import org.floorready.requisition.entity.WorkMode;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.floorready.security.entity.Team;

/** Demo requisitions in every state and a headcount plan that doubles each team in six months. */
@ApplicationScoped
public class DemoRequisitions {
  @PersistenceContext EntityManager em;

  @Transactional
  void seed(@Observes @Priority(200) SeedDemoData demo) {
    Team east = team("Auto Sales East");
    Team central = team("Home & Renters Central");
    Team west = team("Bundles West");
    AppUser riley = user("riley.recruiter@floorready.example.com");
    AppUser sam = user("sam.sourcer@floorready.example.com");
    AppUser morgan = user("morgan.manager@floorready.example.com");
    AppUser jordan = user("jordan.manager@floorready.example.com");
    AppUser dana = user("dana.director@floorready.example.com");
    AppUser casey = user("casey.interviewer@floorready.example.com");
    Instant now = Instant.now();

    em.persist(new ApprovalChainStep(east, 1, Approver.user(morgan)));
    em.persist(new ApprovalChainStep(east, 2, Approver.user(dana)));
    em.persist(new ApprovalChainStep(west, 1, Approver.role(Role.HIRING_MANAGER)));

    Requisition autoOpen =
        open(
            details(
                "Licensed P&C Sales Agent — Auto",
                east,
                WorkMode.ON_SITE,
                "Charlotte, NC",
                Set.of(),
                lines("NC", "SC"),
                12,
                classStart(1),
                "19.50",
                "23.00",
                morgan,
                riley,
                Set.of(casey)),
            List.of(morgan, dana),
            riley,
            now.minus(Duration.ofDays(40)));
    fill(autoOpen, 3, riley, now.minus(Duration.ofDays(12)));
    open(
        details(
            "Bilingual (Spanish) Inbound Sales Agent",
            central,
            WorkMode.REMOTE,
            null,
            Set.of("TX", "OK", "LA"),
            lines("TX", "OK", "LA"),
            8,
            classStart(1),
            "18.00",
            "22.00",
            jordan,
            sam,
            Set.of()),
        List.of(jordan),
        sam,
        now.minus(Duration.ofDays(21)));
    Requisition pending =
        Requisition.draft(
            details(
                "Home & Renters Sales Agent — January Class",
                central,
                WorkMode.HYBRID,
                "Dallas, TX",
                Set.of(),
                lines("TX"),
                10,
                classStart(2),
                "18.50",
                "21.50",
                jordan,
                riley,
                Set.of()),
            riley.email(),
            now.minus(Duration.ofDays(3)));
    pending.submit(List.of(Approver.user(jordan)), riley.email(), now.minus(Duration.ofDays(2)));
    em.persist(pending);
    em.persist(
        Requisition.draft(
            details(
                "Bundles Retention Specialist",
                west,
                WorkMode.REMOTE,
                null,
                Set.of("CA", "OR", "WA", "NV"),
                lines("CA"),
                6,
                classStart(3),
                "20.00",
                "24.00",
                null,
                sam,
                Set.of()),
            sam.email(),
            now.minus(Duration.ofDays(1))));
    Requisition held =
        open(
            details(
                "Auto Sales Agent — Seasonal Q1",
                east,
                WorkMode.ON_SITE,
                "Charlotte, NC",
                Set.of(),
                lines("NC"),
                5,
                classStart(2),
                "17.00",
                "19.00",
                morgan,
                riley,
                Set.of(casey)),
            List.of(morgan, dana),
            riley,
            now.minus(Duration.ofDays(30)));
    held.hold(riley.email(), "Waiting for the Q1 marketing budget", now.minus(Duration.ofDays(5)));
    Requisition filled =
        open(
            details(
                "Licensed Agent — Summer Class",
                east,
                WorkMode.ON_SITE,
                "Charlotte, NC",
                Set.of(),
                lines("NC"),
                4,
                LocalDate.now(ZoneOffset.UTC).minusWeeks(22),
                "19.00",
                "22.00",
                morgan,
                riley,
                Set.of()),
            List.of(morgan, dana),
            riley,
            now.minus(Duration.ofDays(215)));
    // its hires were filled in before FloorReady; the demo pipeline adds the cohort's applications
    fill(filled, 4, riley, now.minus(Duration.ofDays(165)));
    Requisition cancelled =
        Requisition.draft(
            details(
                "Commercial Lines Pilot",
                central,
                WorkMode.ON_SITE,
                "Dallas, TX",
                Set.of(),
                lines("TX"),
                2,
                null,
                "24.00",
                "28.00",
                jordan,
                sam,
                Set.of()),
            sam.email(),
            now.minus(Duration.ofDays(60)));
    cancelled.cancel(sam.email(), "Product launch postponed", now.minus(Duration.ofDays(50)));
    em.persist(cancelled);

    plan(east, 40);
    plan(central, 35);
    plan(west, 25);
  }

  private void plan(Team team, int agents) {
    team.setBaselineHeadcount(agents);
    YearMonth month = YearMonth.now(ZoneOffset.UTC);
    for (int i = 1; i <= 6; i++) {
      em.persist(
          new HeadcountTarget(team, month.plusMonths(i - 1L), agents + (agents * i + 5) / 6));
    }
  }

  private Requisition open(
      RequisitionDetails details, List<AppUser> approvers, AppUser by, Instant at) {
    Requisition r = Requisition.draft(details, by.email(), at);
    r.submit(
        approvers.stream().map(Approver::user).toList(), by.email(), at.plus(Duration.ofHours(1)));
    Instant decided = at.plus(Duration.ofDays(1));
    for (AppUser approver : approvers) {
      r.approve(approver, "Budgeted in the headcount plan", decided);
      decided = decided.plus(Duration.ofHours(3));
    }
    em.persist(r);
    em.flush();
    return r;
  }

  private void fill(Requisition r, int seats, AppUser by, Instant at) {
    String[] hires = {"Alex Morgan", "Priya Natarajan", "Luis Ortega", "Kim Nguyen", "Sam Patel"};
    for (int i = 0; i < seats; i++) {
      r.fill(
          r.openings().get(i).id(),
          hires[i % hires.length],
          by.email(),
          at.plus(Duration.ofDays(i)));
    }
  }

  private static Set<LicenseRequirement> lines(String... states) {
    Set<LicenseRequirement> lines = new LinkedHashSet<>();
    for (String state : states) {
      lines.add(new LicenseRequirement(state, "Property"));
      lines.add(new LicenseRequirement(state, "Casualty"));
    }
    return lines;
  }

  private static LocalDate classStart(int monthsAhead) {
    return LocalDate.now(ZoneOffset.UTC).plusMonths(monthsAhead).withDayOfMonth(1).plusDays(6);
  }

  private static RequisitionDetails details(
      String title,
      Team team,
      WorkMode mode,
      String site,
      Set<String> remote,
      Set<LicenseRequirement> licenses,
      int openings,
      LocalDate start,
      String min,
      String max,
      AppUser manager,
      AppUser recruiter,
      Set<AppUser> interviewers) {
    String description =
        "## Sell insurance that protects families\n\nYou answer inbound calls from people shopping for "
            + "coverage, quote auto, home and renters policies, and help them pick the right protection.\n\n"
            + "**What you bring**\n\n- A sales or customer-service background (a call center is a plus)\n"
            + "- A property & casualty license, or the drive to earn one in your first 30 days (we pay for it)\n"
            + "- Comfort with a CRM and a dialer\n\n**What we offer**\n\n- Paid training class with licensing prep\n"
            + "- Base pay plus monthly commission\n- Medical, dental, 401(k) from day one\n";
    List<ScreeningCriterion> criteria =
        List.of(
            new ScreeningCriterion(CriterionKind.CONTACT_CENTER_MONTHS, null, 12, true),
            new ScreeningCriterion(
                CriterionKind.LICENSE_STATE, licenses.iterator().next().state(), null, false),
            new ScreeningCriterion(
                CriterionKind.LANGUAGE, "Spanish", null, title.contains("Spanish")),
            new ScreeningCriterion(CriterionKind.SKILL, "Salesforce", null, false));
    List<KnockoutQuestion> knockouts =
        List.of(
            new KnockoutQuestion(
                "Can you work Saturdays?", AnswerType.YES_NO, List.of(), List.of("No")),
            new KnockoutQuestion(
                "Will you obtain a P&C license within 30 days of hire?",
                AnswerType.YES_NO,
                List.of(),
                List.of("No")),
            new KnockoutQuestion(
                "Which shift can you work?",
                AnswerType.SINGLE_CHOICE,
                List.of("Days (8am–5pm)", "Evenings (12pm–9pm)", "Either", "Neither"),
                List.of("Neither")));
    return new RequisitionDetails(
        title,
        team,
        mode,
        site,
        remote,
        licenses,
        openings,
        start,
        new BigDecimal(min),
        new BigDecimal(max),
        "USD",
        PayBasis.HOURLY,
        "Days or evenings",
        "Mon–Fri plus one Saturday a month",
        EmploymentType.FULL_TIME,
        manager,
        recruiter,
        interviewers,
        description,
        criteria,
        knockouts);
  }

  private Team team(String name) {
    return em.createQuery("select t from Team t where t.name = :name", Team.class)
        .setParameter("name", name)
        .getSingleResult();
  }

  private AppUser user(String email) {
    return em.createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
        .setParameter("email", email)
        .getSingleResult();
  }
}
