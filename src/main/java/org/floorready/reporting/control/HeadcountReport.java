package org.floorready.reporting.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.floorready.requisition.control.HeadcountCalculator;

/** Headcount plan vs actual, per team and month, from the plan the headcount page shows. */
public final class HeadcountReport {
  public static final String DEFINITION =
      "Per team and month of the period: the target an admin or the team's manager set; the"
          + " headcount at month end (the team's baseline plus the seats filled so far); hires in"
          + " the month; seats in offer; open openings; and the gap = target − headcount − in"
          + " offer − open openings, the seats that still need a requisition. The totals add up"
          + " the teams shown.";

  private HeadcountReport() {}

  public static Report of(HeadcountCalculator.Plan plan, Scope scope, Instant now) {
    List<HeadcountCalculator.TeamPlan> teams =
        plan.teams().stream()
            .filter(t -> scope.teamIds() == null || scope.teamIds().contains(t.teamId()))
            .toList();
    List<List<Object>> rows = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    List<Double> headcounts = new ArrayList<>();
    for (int m = 0; m < plan.months().size(); m++) {
      Integer target = 0;
      int headcount = 0;
      for (HeadcountCalculator.TeamPlan t : teams) {
        HeadcountCalculator.Row r = t.months().get(m);
        target = target == null || r.target() == null ? null : target + r.target();
        headcount += r.headcount();
      }
      targets.add(target == null ? null : target.doubleValue());
      headcounts.add((double) headcount);
    }
    for (HeadcountCalculator.TeamPlan t : teams) {
      for (HeadcountCalculator.Row r : t.months()) {
        rows.add(
            List.of(
                t.team(),
                r.month(),
                r.target() == null ? "" : r.target(),
                r.headcount(),
                r.hiredInMonth(),
                r.inOffer(),
                r.openOpenings(),
                r.gap() == null ? "" : r.gap()));
      }
    }
    int last = plan.months().size() - 1;
    return Report.of(
        "headcount",
        "Headcount plan vs actual",
        DEFINITION,
        scope,
        now,
        List.of(
            new Report.Figure("Headcount in " + plan.months().get(0), headcounts.get(0), null),
            new Report.Figure(
                "Headcount in " + plan.months().get(last), headcounts.get(last), null),
            new Report.Figure("Target in " + plan.months().get(last), targets.get(last), null)),
        new Report.Chart(
            "bar",
            "Month",
            "Agents",
            plan.months(),
            List.of(
                new Report.Series("Target", targets), new Report.Series("Headcount", headcounts))),
        new Report.Table(
            List.of(
                "Team",
                "Month",
                "Target",
                "Headcount",
                "Hired in month",
                "In offer",
                "Open openings",
                "Gap"),
            rows));
  }
}
