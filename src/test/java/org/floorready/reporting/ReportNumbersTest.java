package org.floorready.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.floorready.platform.database.DatabaseKind;
import org.floorready.platform.database.TestDatabases;
import org.floorready.reporting.control.ActivityReports;
import org.floorready.reporting.control.DashboardCounts;
import org.floorready.reporting.control.EeoReport;
import org.floorready.reporting.control.FunnelReport;
import org.floorready.reporting.control.OnboardingReports;
import org.floorready.reporting.control.Report;
import org.floorready.reporting.control.ReportCsv;
import org.floorready.reporting.control.Scope;
import org.floorready.reporting.control.SourceReport;
import org.floorready.reporting.control.StageTimeReport;
import org.floorready.reporting.control.TimeReports;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report over one small seeded data set, on the real schema of each database, against numbers
 * worked out by hand (in the comments). November 2026 in Chicago: an application at 23:30 on
 * October 31 there is 04:30 UTC on November 1 and stays out; one at 23:30 on November 30 is in.
 */
public class ReportNumbersTest {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

  static Scope november(Set<Long> teams, Set<Long> classes, String channel, String state) {
    return new Scope(
        LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 11, 30),
        CHICAGO,
        teams,
        classes,
        null,
        channel,
        null,
        state);
  }

  static Scope all() {
    return november(null, null, null, null);
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> databases() {
    return TestDatabases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void everyReportGivesTheHandComputedNumbers(DatabaseKind kind, String pgUrl) throws Exception {
    DataSource source = TestDatabases.empty(kind, pgUrl, "floorready_report_test");
    migrate(source, kind, org.flywaydb.core.api.MigrationVersion.LATEST);
    try (Connection db = source.getConnection()) {
      seed(new SeedRows(db));

      // funnel: reached Applied 5, Screen 4, Phone 3, Mock 2, Manager 2, Offer 1, Hired 1
      Report funnel = FunnelReport.of(db, all(), FunnelReport.By.NONE, NOW);
      assertThat(funnel.table().rows())
          .containsExactly(
              List.of("Applied", 5L, "", 100.0),
              List.of("Screen", 4L, 80.0, 80.0),
              List.of("Phone interview", 3L, 75.0, 60.0),
              List.of("Mock sales call", 2L, 66.7, 40.0),
              List.of("Manager interview", 2L, 100.0, 40.0),
              List.of("Offer", 1L, 50.0, 20.0),
              List.of("Hired", 1L, 100.0, 20.0));
      assertThat(funnel.figures().get(2).value()).isEqualTo(20.0);
      // time in stage: Applied left after 2, 1 and 4 days (the December exit is out), Screen
      // after 1 and 3 → medians 2 and 2, 90th percentiles 3.6 and 2.8
      Report inStage = StageTimeReport.of(db, all(), NOW);
      assertThat(inStage.table().rows())
          .containsExactly(List.of("Applied", 3L, 2.0, 3.6), List.of("Screen", 2L, 2.0, 2.8));
      // by recruiting source: Indeed brought applications 2, 3 and 6, the agency 1, nobody knows 4
      assertThat(FunnelReport.of(db, all(), FunnelReport.By.SOURCE, NOW).table().rows())
          .containsExactlyInAnyOrder(
              List.of("Indeed", 3L, 3L, 2L, 1L, 1L, 0L, 0L, 0.0),
              List.of("Agency", 1L, 1L, 1L, 1L, 1L, 1L, 1L, 100.0),
              List.of("No source recorded", 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0.0));
      Scope indeed = new Scope(all().from(), all().to(), CHICAGO, null, null, null, null, 1L, null);
      assertThat(FunnelReport.of(db, indeed, FunnelReport.By.NONE, NOW).table().rows().get(0))
          .containsExactly("Applied", 3L, "", 100.0);
      Report bySource = FunnelReport.of(db, all(), FunnelReport.By.CHANNEL, NOW);
      assertThat(bySource.table().rows())
          .containsExactly(
              List.of("CAREERS_PAGE", 3L, 3L, 3L, 2L, 2L, 1L, 1L, 33.3),
              List.of("UPLOAD", 2L, 1L, 0L, 0L, 0L, 0L, 0L, 0.0));
      // a hiring manager of West sees West's one application
      Report west =
          FunnelReport.of(db, november(Set.of(2L), null, null, null), FunnelReport.By.NONE, NOW);
      assertThat(west.table().rows().get(0).get(1)).isEqualTo(1L);
      assertThat(west.table().rows().get(1).get(1)).isEqualTo(0L);
      // only the uploads
      Report uploads =
          FunnelReport.of(db, november(null, null, "UPLOAD", null), FunnelReport.By.NONE, NOW);
      assertThat(uploads.table().rows().get(0).get(1)).isEqualTo(2L);

      // time to fill: 10, 50 and 4 days → median 10, p90 10 + 0.8 × 40 = 42
      Report fill = TimeReports.timeToFill(db, all(), NOW);
      assertThat(fill.figures()).extracting(Report.Figure::value).containsExactly(3.0, 10.0, 42.0);
      assertThat(fill.chart().series().get(0).values())
          .containsExactly(1.0, 1.0, 0.0, 1.0, 0.0, 0.0);
      assertThat(fill.table().rows().get(0))
          .containsExactly(
              "=HYPERLINK(\"x\")",
              "West",
              1,
              LocalDate.of(2026, 10, 31),
              LocalDate.of(2026, 11, 4),
              4.0);
      String csv = ReportCsv.of(fill);
      assertThat(csv)
          .startsWith("\uFEFFRequisition,Team,Opening,Opened,Filled,Days to fill\r\n")
          .contains("\"'=HYPERLINK(\"\"x\"\")\",West,1,2026-10-31,2026-11-04,4.0\r\n");

      // time to hire: applied Nov 2 00:00 UTC, accepted Nov 20 12:00 UTC → 18.5 days
      Report hire = TimeReports.timeToHire(db, all(), NOW);
      assertThat(hire.figures()).extracting(Report.Figure::value).containsExactly(1.0, 18.5, 18.5);

      // offers: Sales 3 sent (accepted, declined, still out; the superseded one not counted),
      // West 2 (lapsed, withdrawn) → acceptance 1 ÷ 3
      Report offers = ActivityReports.offers(db, all(), NOW);
      assertThat(offers.table().rows())
          .containsExactly(
              List.of("=HYPERLINK(\"x\") (#20)", 2L, 0L, 0L, 1L, 1L, 0L, 0.0),
              List.of("Sales (#10)", 3L, 1L, 1L, 0L, 0L, 1L, 50.0));
      assertThat(offers.figures()).extracting(Report.Figure::value).containsExactly(5.0, 1.0, 33.3);

      // interviews: held 1, no-show 1 (cancelled and December left out); scorecards after 2 h and
      // 24 h
      Report interviews = ActivityReports.interviews(db, all(), NOW);
      assertThat(interviews.figures())
          .extracting(Report.Figure::value)
          .containsExactly(2.0, 50.0, 13.0);
      assertThat(interviews.table().rows())
          .containsExactly(List.of("Ann", 2L, 1L, 1L, 1, 2.0), List.of("Bob", 1L, 1L, 0L, 1, 24.0));

      // licensing: FL first attempt failed, TX two passed; licenses after 15 (TX) and 18 (FL) days;
      // cleared in TX once appointed on Nov 27 (17 days), in FL with the license (18 days); the
      // second person's OK license predates the hire: no time to license, cleared at hire (0) →
      // speed to floor over the two people 17 and 0
      Report licensing = OnboardingReports.licensing(db, all(), NOW);
      assertThat(licensing.table().rows())
          .containsExactly(
              List.of("FL", 1L, 0L, 0.0, 1L, 18.0, 1L, 18.0),
              List.of("OK", 0L, 0L, "", 0L, "", 1L, 0.0),
              List.of("TX", 2L, 2L, 100.0, 1L, 15.0, 1L, 17.0));
      assertThat(licensing.figures())
          .extracting(Report.Figure::value)
          .containsExactly(3.0, 66.7, 15.0, 8.5);
      assertThat(
              OnboardingReports.licensing(db, november(null, null, null, "FL"), NOW).table().rows())
          .containsExactly(List.of("FL", 1L, 0L, 0.0, 1L, 18.0, 1L, 18.0));

      // attrition: each class lost one of two before day 30
      Report attrition = OnboardingReports.attrition(db, all(), LocalDate.of(2027, 3, 1), NOW);
      assertThat(attrition.table().rows())
          .containsExactly(
              List.of("Class A", LocalDate.of(2026, 11, 1), 2L, 1L, 0L, 1L, 50.0, 50.0, 50.0),
              List.of("Class B", LocalDate.of(2026, 11, 15), 2L, 0L, 1L, 1L, 50.0, 50.0, 50.0));
      // on Dec 11 only class A's people are 30 days in; nobody is 60 days in
      Report early = OnboardingReports.attrition(db, all(), LocalDate.of(2026, 12, 11), NOW);
      assertThat(early.table().rows().get(1).subList(6, 9)).containsExactly("", "", "");
      assertThat(early.table().rows().get(0).subList(6, 9)).containsExactly(50.0, "", "");
      // a trainer of class B sees class B only
      assertThat(
              OnboardingReports.attrition(
                      db, november(null, Set.of(200L), null, null), LocalDate.of(2027, 3, 1), NOW)
                  .table()
                  .rows())
          .extracting(r -> r.get(0))
          .containsExactly("Class B");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void sourceEffectivenessAndTheEeoAggregateGiveTheHandComputedNumbers(
      DatabaseKind kind, String pgUrl) throws Exception {
    DataSource source = TestDatabases.empty(kind, pgUrl, "floorready_report_test");
    migrate(source, kind, org.flywaydb.core.api.MigrationVersion.LATEST);
    try (Connection db = source.getConnection()) {
      SeedRows s = new SeedRows(db);
      seed(s);

      // November's applications 1, 2, 3, 4, 6 (5 came on Oct 31 in Chicago). Agency: 1, hired,
      // 2,500 per hire, still here at 90 days. Indeed: 2, 3, 6 at 10 each = 30, none hired; of the
      // new hires of 2 and 3 one resigned before day 90. The monthly board brought nobody and
      // cost 300 × 15/30 (Nov 16–30). Nobody knows who found 4, released before day 90.
      Report sources = SourceReport.of(db, all(), LocalDate.of(2027, 3, 1), NOW);
      assertThat(sources.table().rows())
          .containsExactly(
              List.of("Agency", 1L, 1L, 100.0, 2500.0, 2500.0, 100.0),
              List.of("Indeed", 3L, 0L, 0.0, 30.0, "", 50.0),
              List.of("Job board monthly", 0L, 0L, "", 150.0, "", ""),
              List.of("No source recorded", 1L, 0L, 0.0, 0.0, "", 0.0));
      assertThat(sources.figures())
          .extracting(Report.Figure::value)
          .containsExactly(5.0, 1.0, 2680.0, 2680.0, 50.0);
      // West's hiring manager: application 4 only; the board's monthly fee is the company's
      Report west =
          SourceReport.of(
              db, november(Set.of(2L), null, null, null), LocalDate.of(2027, 3, 1), NOW);
      assertThat(west.table().rows())
          .containsExactly(
              List.of("Job board monthly", 0L, 0L, "", 150.0, "", ""),
              List.of("No source recorded", 1L, 0L, 0.0, 0.0, "", 0.0));

      // EEO, November: West's requisition 6 women, 5 men; Sales 7 women, 3 men, 1 undisclosed
      int n = 0;
      for (Object[] group :
          new Object[][] {
            {20L, "Female", 6},
            {20L, "Male", 5},
            {10L, "Female", 7},
            {10L, "Male", 3},
            {10L, null, 1}
          }) {
        for (int i = 0; i < (Integer) group[2]; i++) {
          n++;
          s.row(
              "eeo_response",
              "id",
              "r" + n,
              "requisition_id",
              group[0],
              "submitted_month",
              LocalDate.of(2026, 11, 1),
              "gender",
              group[1],
              "application_key",
              (group[1] == null ? "n" : ((String) group[1]).substring(0, 1)) + group[0] + "-" + i);
        }
      }
      // a response from before the link: an applicant, never selected; October is out
      s.row(
          "eeo_response",
          "id",
          "old",
          "requisition_id",
          10L,
          "submitted_month",
          LocalDate.of(2026, 10, 1),
          "gender",
          "Male");
      // West's 0 and 0 (non-binary, undisclosed) add up with the men's and women's shown counts to
      // the total: the men's 5 and then the women's 6 are hidden; the women's 7 at Sales then too,
      // or West's 6 would follow from the column total 13
      Report applicants = EeoReport.applicants(db, all(), EeoReport.Question.GENDER, NOW);
      assertThat(applicants.table().columns())
          .containsExactly(
              "Month", "Requisition", "Female", "Male", "Non-binary", "Not disclosed", "Total");
      assertThat(applicants.table().rows())
          .containsExactly(
              List.of("2026-11", "=HYPERLINK(\"x\") (#20)", "—", "—", "<5", "<5", 11L),
              List.of("2026-11", "Sales (#10)", "—", "<5", "<5", "<5", 11L),
              List.of("All", "", 13L, 8L, "<5", "<5", 22L));
      // hired: 5 of the 13 women, 1 of the 8 men → 38.5 % vs 12.5 %: below four-fifths
      Set<String> hired = Set.of("F10-0", "F10-1", "F10-2", "F20-0", "F20-1", "M20-0", "nowhere");
      Report selection = EeoReport.selection(db, all(), EeoReport.Question.GENDER, hired, NOW);
      assertThat(selection.table().rows())
          .containsExactly(
              List.of("Female", 13L, 5L, 38.5, 100.0, "No"),
              List.of("Male", 8L, "<5", "", "", "Below four-fifths"),
              List.of("Non-binary", "<5", "<5", "", "", "Too few to compare"),
              List.of("Not disclosed", "<5", "<5", "", "", "Too few to compare"),
              List.of("All", 22L, 6L, 27.3, "", ""));
      assertThat(selection.figures().get(0).value()).isEqualTo(1.0);
      // a team's scope: West only
      assertThat(
              EeoReport.selection(
                      db,
                      november(Set.of(2L), null, null, null),
                      EeoReport.Question.GENDER,
                      hired,
                      NOW)
                  .table()
                  .rows()
                  .get(0))
          .containsExactly("Female", "—", "<5", "", "", "No");

      // the home page's counts: West's app 7 waits in the manager interview with nothing booked;
      // Sales' app 8 had its mock call cancelled; app 6's phone interview is booked (Dec 3)
      s.row("candidate", "id", 7L, "full_name", "Person 7")
          .row("candidate", "id", 8L, "full_name", "Person 8");
      application(
          s, 7, 20, "UPLOAD", "2026-12-02T00:00:00Z", "MANAGER_INTERVIEW", "MANAGER_INTERVIEW");
      application(s, 8, 10, "UPLOAD", "2026-12-01T00:00:00Z", "MOCK_SALES_CALL", "MOCK_SALES_CALL");
      interview(s, 8, 8, "CANCELLED", "2026-12-03T18:00:00Z", 2L);
      assertThat(DashboardCounts.interviewsToSchedule(db, null, NOW)).isEqualTo(2);
      assertThat(DashboardCounts.interviewsToSchedule(db, Set.of(2L), NOW)).isEqualTo(1);
      // offer 4 is still out, at Sales (East)
      assertThat(DashboardCounts.offersOut(db, null)).isEqualTo(1);
      assertThat(DashboardCounts.offersOut(db, Set.of(2L))).isZero();
      // Ann sat in the Dec 3 interview (ended, no scorecard); Bob scored the one he sat in
      assertThat(DashboardCounts.scorecardsDue(db, 1L, NOW)).isEqualTo(1);
      assertThat(DashboardCounts.scorecardsDue(db, 2L, NOW)).isZero();
      assertThat(DashboardCounts.interviewsToday(db, 1L, LocalDate.of(2026, 12, 3), CHICAGO))
          .isEqualTo(1);
      assertThat(DashboardCounts.interviewsToday(db, 1L, LocalDate.of(2026, 12, 4), CHICAGO))
          .isZero();
      // hires in the 90 days before Dec 4: all four (Nov 10 and 12); left by Dec 4: two
      assertThat(DashboardCounts.hires(db, NOW, 90)).isEqualTo(4);
      assertThat(DashboardCounts.leavers(db, LocalDate.of(2026, 12, 4), 90)).isEqualTo(2);
      assertThat(DashboardCounts.leavers(db, LocalDate.of(2026, 11, 22), 90)).isEqualTo(1);
      // the first person (class A) has an FL exam booked for Dec 8 and a TX license ending Dec 20
      s.row(
          "license_exam",
          "state_license_id",
          2L,
          "attempt",
          5,
          "scheduled_on",
          LocalDate.of(2026, 12, 8));
      try (var update = db.createStatement()) {
        update.executeUpdate(
            "update state_license set license_expires_on = date '2026-12-20' where id = 1");
      }
      LocalDate dec4 = LocalDate.of(2026, 12, 4);
      assertThat(DashboardCounts.examsThisWeek(db, null, dec4)).isEqualTo(1);
      assertThat(DashboardCounts.examsThisWeek(db, Set.of(200L), dec4)).isZero();
      assertThat(DashboardCounts.examsThisWeek(db, null, LocalDate.of(2026, 12, 9))).isZero();
      assertThat(DashboardCounts.expiringSoon(db, Set.of(100L), dec4)).isEqualTo(1);
      assertThat(DashboardCounts.expiringSoon(db, Set.of(200L), dec4)).isZero();
      assertThat(DashboardCounts.expiringSoon(db, null, LocalDate.of(2026, 11, 20))).isZero();
    }
  }

  private static Instant at(String utc) {
    return Instant.parse(utc);
  }

  public static void seed(SeedRows s) throws Exception {
    s.row("team", "id", 1L, "name", "East", "time_zone", "America/New_York")
        .row("team", "id", 2L, "name", "West", "time_zone", "America/Los_Angeles")
        .row("app_user", "id", 1L, "email", "ann@example.com", "display_name", "Ann")
        .row("app_user", "id", 2L, "email", "bob@example.com", "display_name", "Bob")
        .row("requisition", "id", 10L, "title", "Sales", "team_id", 1L)
        .row("requisition", "id", 20L, "title", "=HYPERLINK(\"x\")", "team_id", 2L);
    // sources: Agency per hire 2,500; Indeed per applicant 10; a board at 300 a month from Nov 16
    s.row(
            "recruiting_source",
            "id",
            1L,
            "name",
            "Indeed",
            "code",
            "indeed",
            "kind",
            "JOB_BOARD",
            "cost_model",
            "PER_APPLICANT",
            "cost_amount",
            new java.math.BigDecimal("10.00"),
            "cost_since",
            LocalDate.of(2026, 1, 1))
        .row(
            "recruiting_source",
            "id",
            2L,
            "name",
            "Agency",
            "code",
            "agency",
            "kind",
            "AGENCY",
            "cost_model",
            "PER_HIRE",
            "cost_amount",
            new java.math.BigDecimal("2500.00"),
            "cost_since",
            LocalDate.of(2026, 1, 1))
        .row(
            "recruiting_source",
            "id",
            3L,
            "name",
            "Job board monthly",
            "code",
            "board",
            "kind",
            "JOB_BOARD",
            "cost_model",
            "PER_MONTH",
            "cost_amount",
            new java.math.BigDecimal("300.00"),
            "cost_since",
            LocalDate.of(2026, 11, 16));
    Long[] sourceOf = {null, 2L, 1L, 1L, null, 2L, 1L};
    for (int c = 1; c <= 6; c++) {
      s.row(
          "candidate",
          "id",
          (long) c,
          "full_name",
          "Person " + c,
          "recruiting_source_id",
          sourceOf[c]);
    }
    application(s, 1, 10, "CAREERS_PAGE", "2026-11-02T00:00:00Z", "HIRED", "HIRED");
    application(s, 2, 10, "CAREERS_PAGE", "2026-11-03T00:00:00Z", "REJECTED", "MANAGER_INTERVIEW");
    application(s, 3, 10, "UPLOAD", "2026-11-03T00:00:00Z", "SCREEN", "SCREEN");
    application(s, 4, 20, "UPLOAD", "2026-11-05T00:00:00Z", "APPLIED", "APPLIED");
    application(s, 5, 10, "CAREERS_PAGE", "2026-11-01T04:30:00Z", "HIRED", "HIRED");
    application(
        s, 6, 10, "CAREERS_PAGE", "2026-12-01T05:30:00Z", "PHONE_INTERVIEW", "PHONE_INTERVIEW");
    // exits: Applied after 2, 1 and 4 days; Screen after 1 and 3 days; one exit in December
    exit(s, 1, 1, "APPLIED", "2026-11-02T00:00:00Z", "2026-11-04T00:00:00Z");
    exit(s, 2, 2, "APPLIED", "2026-11-03T00:00:00Z", "2026-11-04T00:00:00Z");
    exit(s, 3, 3, "APPLIED", "2026-11-03T00:00:00Z", "2026-11-07T00:00:00Z");
    exit(s, 4, 1, "SCREEN", "2026-11-04T00:00:00Z", "2026-11-05T00:00:00Z");
    exit(s, 5, 2, "SCREEN", "2026-11-04T00:00:00Z", "2026-11-07T00:00:00Z");
    exit(s, 6, 6, "APPLIED", "2026-12-01T05:30:00Z", "2026-12-02T00:00:00Z");

    opening(s, 1, 10, "2026-11-01T00:00:00Z", "2026-11-11T00:00:00Z");
    opening(s, 2, 10, "2026-10-01T12:00:00Z", "2026-11-20T12:00:00Z");
    opening(s, 3, 20, "2026-11-01T00:00:00Z", "2026-11-05T00:00:00Z");
    opening(s, 4, 10, "2026-11-01T00:00:00Z", "2026-12-02T00:00:00Z");
    s.row("opening", "id", 5L, "requisition_id", 10L, "number", 5, "status", "OPEN");

    s.row("training_program", "id", 1L, "name", "New hire")
        .row(
            "training_class",
            "id",
            100L,
            "program_id",
            1L,
            "name",
            "Class A",
            "start_date",
            LocalDate.of(2026, 11, 1))
        .row(
            "training_class",
            "id",
            200L,
            "program_id",
            1L,
            "name",
            "Class B",
            "start_date",
            LocalDate.of(2026, 11, 15));
    offer(s, 1, 1, 10, "ACCEPTED");
    offer(s, 2, 2, 10, "DECLINED");
    offer(s, 3, 2, 10, "SUPERSEDED");
    offer(s, 4, 6, 10, "SENT");
    offer(s, 5, 4, 20, "LAPSED");
    offer(s, 6, 4, 20, "WITHDRAWN");

    s.row("interview_plan", "id", 1L, "requisition_id", 10L);
    interview(s, 1, 1, "COMPLETED", "2026-11-03T15:00:00Z", 1L, 2L);
    interview(s, 2, 2, "NO_SHOW", "2026-11-04T15:00:00Z", 1L);
    interview(s, 3, 3, "CANCELLED", "2026-11-05T15:00:00Z", 2L);
    interview(s, 4, 6, "SCHEDULED", "2026-12-03T15:00:00Z", 1L);
    s.row(
            "scorecard",
            "id",
            1L,
            "interview_id",
            1L,
            "interviewer_id",
            1L,
            "submitted_at",
            at("2026-11-03T18:00:00Z"))
        .row(
            "scorecard",
            "id",
            2L,
            "interview_id",
            1L,
            "interviewer_id",
            2L,
            "submitted_at",
            at("2026-11-04T16:00:00Z"));

    // hired Nov 10 and Nov 12 in Chicago (18:00 UTC)
    hire(s, 1, 1, 10, 1, 100, "GRADUATED", "2026-11-10T18:00:00Z", null);
    hire(s, 2, 2, 20, 2, 200, "IN_TRAINING", "2026-11-12T18:00:00Z", null);
    hire(s, 3, 3, 10, 1, 100, "RESIGNED", "2026-11-10T18:00:00Z", LocalDate.of(2026, 11, 20));
    hire(s, 4, 4, 20, 2, 200, "RELEASED", "2026-11-12T18:00:00Z", LocalDate.of(2026, 11, 25));
    s.row("licensee", "id", 1L, "new_hire_id", 1L).row("licensee", "id", 2L, "new_hire_id", 2L);
    road(s, 1, 1, "TX", LocalDate.of(2026, 11, 25));
    road(s, 2, 1, "FL", LocalDate.of(2026, 11, 28));
    // cleared: TX (appointed two days after the license), FL; the second person's TX is not
    s.row(
            "carrier_appointment",
            "state_license_id",
            1L,
            "position",
            0,
            "carrier",
            "Harbor",
            "appointed_on",
            LocalDate.of(2026, 11, 27))
        .row(
            "clearance",
            "licensee_id",
            1L,
            "state",
            "TX",
            "new_hire_id",
            1L,
            "cleared",
            true,
            "color",
            "GREEN",
            "computed_at",
            NOW)
        .row(
            "clearance",
            "licensee_id",
            1L,
            "state",
            "FL",
            "new_hire_id",
            1L,
            "cleared",
            true,
            "color",
            "GREEN",
            "computed_at",
            NOW)
        .row(
            "clearance",
            "licensee_id",
            2L,
            "state",
            "TX",
            "new_hire_id",
            2L,
            "cleared",
            false,
            "color",
            "RED",
            "computed_at",
            NOW);
    road(s, 3, 2, "TX", null);
    // licensed in OK before the hire (Nov 12): not a time to license; cleared at hire (0 days)
    road(s, 4, 2, "OK", LocalDate.of(2026, 11, 1));
    s.row(
        "clearance",
        "licensee_id",
        2L,
        "state",
        "OK",
        "new_hire_id",
        2L,
        "cleared",
        true,
        "color",
        "GREEN",
        "computed_at",
        NOW);
    exam(s, 1, 1, LocalDate.of(2026, 11, 15), true);
    exam(s, 2, 1, LocalDate.of(2026, 11, 16), false);
    exam(s, 2, 2, LocalDate.of(2026, 11, 20), true);
    exam(s, 3, 1, LocalDate.of(2026, 11, 18), true);
  }

  private static void application(
      SeedRows s, long id, long req, String source, String applied, String stage, String furthest)
      throws Exception {
    s.row(
        "application",
        "id",
        id,
        "candidate_id",
        id,
        "requisition_id",
        req,
        "stage",
        stage,
        "furthest_stage",
        furthest,
        "source",
        source,
        "applied_at",
        at(applied),
        "stage_entered_at",
        at(applied),
        "offer_accepted_at",
        id == 1 ? at("2026-11-20T12:00:00Z") : null);
  }

  private static void exit(SeedRows s, long id, long app, String from, String entered, String left)
      throws Exception {
    long req = app == 4 ? 20 : 10;
    s.row(
        "stage_change",
        "id",
        id,
        "application_id",
        app,
        "candidate_id",
        app,
        "requisition_id",
        req,
        "from_stage",
        from,
        "seconds_in_stage",
        java.time.Duration.between(at(entered), at(left)).toSeconds(),
        "to_stage",
        "NEXT",
        "actor",
        "t",
        "at",
        at(left));
  }

  private static void opening(SeedRows s, long id, long req, String opened, String filled)
      throws Exception {
    s.row(
        "opening",
        "id",
        id,
        "requisition_id",
        req,
        "number",
        (int) (req == 20 ? 1 : id),
        "status",
        "FILLED",
        "opened_at",
        at(opened),
        "filled_at",
        at(filled));
  }

  private static void offer(SeedRows s, long id, long app, long req, String status)
      throws Exception {
    s.row(
        "offer",
        "id",
        id,
        "application_id",
        app,
        "requisition_id",
        req,
        "class_id",
        100L,
        "status",
        status,
        "sent_at",
        at("2026-11-15T12:00:00Z"));
  }

  private static void interview(
      SeedRows s, long id, long app, String status, String start, Long... seats) throws Exception {
    Instant starts = at(start);
    s.row(
        "interview",
        "id",
        id,
        "application_id",
        app,
        "plan_id",
        1L,
        "status",
        status,
        "starts_at",
        starts,
        "ends_at",
        starts.plusSeconds(3600),
        "ical_uid",
        "uid-" + id,
        "booked_at",
        starts.minusSeconds(86400));
    for (Long user : seats) {
      s.row(
          "interview_seat",
          "interview_id",
          id,
          "user_id",
          user,
          "busy_from",
          starts,
          "busy_to",
          starts.plusSeconds(3600));
    }
  }

  private static void hire(
      SeedRows s,
      long id,
      long app,
      long req,
      long team,
      long cls,
      String status,
      String hired,
      LocalDate statusOn)
      throws Exception {
    s.row(
        "new_hire",
        "id",
        id,
        "application_id",
        app,
        "candidate_id",
        app,
        "requisition_id",
        req,
        "team_id",
        team,
        "class_id",
        cls,
        "full_name",
        "Hire " + id,
        "status",
        status,
        "status_on",
        statusOn == null ? LocalDate.of(2026, 11, 10) : statusOn,
        "hired_at",
        at(hired));
  }

  private static void road(SeedRows s, long id, long licensee, String state, LocalDate issued)
      throws Exception {
    s.row(
        "state_license",
        "id",
        id,
        "licensee_id",
        licensee,
        "state",
        state,
        "started_on",
        LocalDate.of(2026, 11, 10),
        "license_issued_on",
        issued);
  }

  private static void exam(SeedRows s, long road, int attempt, LocalDate taken, boolean passed)
      throws Exception {
    s.row(
        "license_exam",
        "state_license_id",
        road,
        "attempt",
        attempt,
        "taken_on",
        taken,
        "passed",
        passed);
  }

  /**
   * Applications and stage changes recorded before the reporting migration get their furthest stage
   * (a later move back does not lower it) and time in stage from their history.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theMigrationWorksOutFurthestStagesAndTimesInStageFromTheHistory(
      DatabaseKind kind, String pgUrl) throws Exception {
    DataSource source = TestDatabases.empty(kind, pgUrl, "floorready_report_migration_test");
    migrate(source, kind, org.flywaydb.core.api.MigrationVersion.fromVersion("26"));
    try (Connection db = source.getConnection()) {
      SeedRows s = new SeedRows(db);
      s.row("team", "id", 1L, "name", "East", "time_zone", "America/New_York")
          .row("requisition", "id", 10L, "title", "Sales", "team_id", 1L)
          .row("candidate", "id", 1L, "full_name", "Person 1")
          .row("candidate", "id", 2L, "full_name", "Person 2");
      for (long app = 1; app <= 2; app++) {
        s.row(
            "application",
            "id",
            app,
            "candidate_id",
            app,
            "requisition_id",
            10L,
            "stage",
            app == 1 ? "SCREEN" : "APPLIED",
            "source",
            "UPLOAD",
            "applied_at",
            at("2026-11-02T00:00:00Z"));
      }
      String[][] history = {
        {"1", null, "APPLIED", "2026-11-02T00:00:00Z"},
        {"1", "APPLIED", "PHONE_INTERVIEW", "2026-11-03T12:00:00Z"},
        {"1", "PHONE_INTERVIEW", "SCREEN", "2026-11-04T12:00:00Z"},
        {"2", null, "APPLIED", "2026-11-02T00:00:00Z"}
      };
      for (int i = 0; i < history.length; i++) {
        s.row(
            "stage_change",
            "id",
            (long) i + 1,
            "application_id",
            Long.parseLong(history[i][0]),
            "candidate_id",
            Long.parseLong(history[i][0]),
            "requisition_id",
            10L,
            "from_stage",
            history[i][1],
            "to_stage",
            history[i][2],
            "actor",
            "t",
            "at",
            at(history[i][3]));
      }
    }
    migrate(source, kind, org.flywaydb.core.api.MigrationVersion.LATEST);
    try (Connection db = source.getConnection();
        java.sql.Statement st = db.createStatement()) {
      List<String> furthest = new java.util.ArrayList<>();
      try (java.sql.ResultSet r =
          st.executeQuery("select furthest_stage from application order by id")) {
        while (r.next()) {
          furthest.add(r.getString(1));
        }
      }
      assertThat(furthest).containsExactly("PHONE_INTERVIEW", "APPLIED");
      List<Object> seconds = new java.util.ArrayList<>();
      try (java.sql.ResultSet r =
          st.executeQuery("select seconds_in_stage from stage_change order by id")) {
        while (r.next()) {
          seconds.add(r.getObject(1) == null ? null : r.getLong(1));
        }
      }
      assertThat(seconds).containsExactly(null, 129600L, 86400L, null);
    }
  }

  public static void migrate(
      DataSource source, DatabaseKind kind, org.flywaydb.core.api.MigrationVersion target) {
    Flyway.configure()
        .dataSource(source)
        .target(target)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + kind.folder())
        .load()
        .migrate();
  }
}
