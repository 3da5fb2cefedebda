package org.floorready.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.floorready.reporting.control.HeadcountReport;
import org.floorready.reporting.control.Report;
import org.floorready.reporting.control.Scope;
import org.floorready.requisition.control.HeadcountCalculator.Plan;
import org.floorready.requisition.control.HeadcountCalculator.Row;
import org.floorready.requisition.control.HeadcountCalculator.TeamPlan;
import org.junit.jupiter.api.Test;

class HeadcountReportTest {
  static final Plan PLAN =
      new Plan(
          List.of("2026-12", "2027-01"),
          List.of(
              new TeamPlan(
                  1,
                  "East",
                  10,
                  List.of(
                      new Row("2026-12", 14, 12, 2, 1, 1, 0),
                      new Row("2027-01", 20, 12, 0, 0, 2, 6)),
                  false),
              new TeamPlan(
                  2,
                  "West",
                  5,
                  List.of(
                      new Row("2026-12", null, 5, 0, 0, 0, null),
                      new Row("2027-01", 10, 7, 2, 0, 0, 3)),
                  false)),
          List.of());

  static Scope scope(Set<Long> teams) {
    return new Scope(
        LocalDate.of(2026, 12, 1),
        LocalDate.of(2027, 1, 31),
        ZoneId.of("America/Chicago"),
        teams,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void everyTeamAndMonthIsARowAndTheChartAddsUpTheTeamsShown() {
    Report all = HeadcountReport.of(PLAN, scope(null), Instant.EPOCH);
    assertThat(all.table().rows())
        .containsExactly(
            List.of("East", "2026-12", 14, 12, 2, 1, 1, 0),
            List.of("East", "2027-01", 20, 12, 0, 0, 2, 6),
            List.of("West", "2026-12", "", 5, 0, 0, 0, ""),
            List.of("West", "2027-01", 10, 7, 2, 0, 0, 3));
    // December has a team without a target: no total target for it
    assertThat(all.chart().series().get(0).values()).containsExactly(null, 30.0);
    assertThat(all.chart().series().get(1).values()).containsExactly(17.0, 19.0);
    assertThat(all.figures()).extracting(Report.Figure::value).containsExactly(17.0, 19.0, 30.0);

    Report west = HeadcountReport.of(PLAN, scope(Set.of(2L)), Instant.EPOCH);
    assertThat(west.table().rows()).extracting(r -> r.get(0)).containsOnly("West");
    assertThat(west.chart().series().get(1).values()).containsExactly(5.0, 7.0);
  }
}
