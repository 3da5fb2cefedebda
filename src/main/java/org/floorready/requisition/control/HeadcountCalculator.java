package org.floorready.requisition.control;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.floorready.requisition.entity.HeadcountTarget;
import org.floorready.security.entity.Team;

/**
 * Computes the plan view. Per team and month: headcount at month end = baseline + seats filled up
 * to then; open openings = unfilled seats of active requisitions whose target start falls in that
 * month (none, or already past: the current month); in offer = those open seats an offer sent and
 * not yet answered is about to take (informational: they are still open); gap = target − headcount
 * − open openings, i.e. seats that still need a requisition.
 */
public final class HeadcountCalculator {
  private HeadcountCalculator() {}

  /**
   * One seat of a non-draft, non-cancelled requisition; {@code offered}: open, and an offer sent
   * for its requisition and not yet answered is about to take it.
   */
  public record Seat(
      long teamId, boolean open, YearMonth filledIn, YearMonth targetStart, boolean offered) {
    public Seat(long teamId, boolean open, YearMonth filledIn, YearMonth targetStart) {
      this(teamId, open, filledIn, targetStart, false);
    }
  }

  /** One cell of the plan. */
  public record Row(
      String month,
      Integer target,
      int headcount,
      int hiredInMonth,
      int inOffer,
      int openOpenings,
      Integer gap) {}

  /** A team's months; {@code editable}: the viewer may set its targets and baseline. */
  public record TeamPlan(
      long teamId, String team, int baselineHeadcount, List<Row> months, boolean editable) {
    public TeamPlan editableBy(java.util.function.LongPredicate mayPlan) {
      return new TeamPlan(teamId, team, baselineHeadcount, months, mayPlan.test(teamId));
    }
  }

  /** The whole plan: per team, and the company total per month. */
  public record Plan(List<String> months, List<TeamPlan> teams, List<Row> total) {}

  public static Plan plan(
      List<Team> teams,
      List<HeadcountTarget> targets,
      List<Seat> seats,
      YearMonth from,
      int count,
      YearMonth now) {
    List<YearMonth> months = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      months.add(from.plusMonths(i));
    }
    List<TeamPlan> plans = new ArrayList<>();
    for (Team team : teams) {
      List<Row> rows = new ArrayList<>();
      for (YearMonth month : months) {
        rows.add(row(team, month, targets, seats, now));
      }
      plans.add(new TeamPlan(team.id(), team.name(), team.baselineHeadcount(), rows, false));
    }
    List<Row> total = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      int index = i;
      List<Row> column = plans.stream().map(p -> p.months().get(index)).toList();
      boolean anyTarget = column.stream().anyMatch(r -> r.target() != null);
      int target =
          column.stream().mapToInt(r -> r.target() == null ? r.headcount() : r.target()).sum();
      int headcount = column.stream().mapToInt(Row::headcount).sum();
      int open = column.stream().mapToInt(Row::openOpenings).sum();
      total.add(
          new Row(
              months.get(i).toString(),
              anyTarget ? target : null,
              headcount,
              column.stream().mapToInt(Row::hiredInMonth).sum(),
              column.stream().mapToInt(Row::inOffer).sum(),
              open,
              anyTarget ? target - headcount - open : null));
    }
    return new Plan(months.stream().map(YearMonth::toString).toList(), plans, total);
  }

  private static Row row(
      Team team, YearMonth month, List<HeadcountTarget> targets, List<Seat> seats, YearMonth now) {
    Integer target =
        targets.stream()
            .filter(t -> t.team().id().equals(team.id()) && t.month().equals(month))
            .map(HeadcountTarget::target)
            .findFirst()
            .orElse(null);
    List<Seat> ofTeam = seats.stream().filter(s -> s.teamId() == team.id()).toList();
    int filledByEnd =
        (int) ofTeam.stream().filter(s -> !s.open() && !s.filledIn().isAfter(month)).count();
    int hiredInMonth =
        (int) ofTeam.stream().filter(s -> !s.open() && s.filledIn().equals(month)).count();
    int open =
        (int) ofTeam.stream().filter(s -> s.open() && startMonth(s, now).equals(month)).count();
    int inOffer =
        (int)
            ofTeam.stream()
                .filter(s -> s.open() && s.offered() && startMonth(s, now).equals(month))
                .count();
    int headcount = team.baselineHeadcount() + filledByEnd;
    return new Row(
        month.toString(),
        target,
        headcount,
        hiredInMonth,
        inOffer,
        open,
        target == null ? null : target - headcount - open);
  }

  private static YearMonth startMonth(Seat seat, YearMonth now) {
    return seat.targetStart() == null || seat.targetStart().isBefore(now)
        ? now
        : seat.targetStart();
  }
}
