package org.floorready.requisition.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.floorready.requisition.entity.HeadcountTarget;
import org.floorready.security.entity.Team;
import org.junit.jupiter.api.Test;

class HeadcountCalculatorTest {
  private final YearMonth nov = YearMonth.of(2026, 11);

  private static Team team(long id, int baseline) throws Exception {
    Team team = new Team("Team " + id, null, ZoneId.of("UTC"));
    Field field = Team.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(team, id);
    team.setBaselineHeadcount(baseline);
    return team;
  }

  @Test
  void headcountGrowsWithHiresTheGapCountsOpenSeatsAsCoveredAndOffersAreNotCountedTwice()
      throws Exception {
    Team east = team(1, 40);
    List<HeadcountTarget> targets =
        List.of(
            new HeadcountTarget(east, nov, 45), new HeadcountTarget(east, nov.plusMonths(1), 60));
    List<HeadcountCalculator.Seat> seats =
        List.of(
            new HeadcountCalculator.Seat(1, false, nov, nov),
            new HeadcountCalculator.Seat(1, false, nov, nov),
            new HeadcountCalculator.Seat(1, true, null, nov.plusMonths(1), true),
            new HeadcountCalculator.Seat(1, true, null, nov.minusMonths(2)),
            new HeadcountCalculator.Seat(2, false, nov, nov));

    HeadcountCalculator.Plan plan =
        HeadcountCalculator.plan(List.of(east), targets, seats, nov, 3, nov);

    List<HeadcountCalculator.Row> rows = plan.teams().get(0).months();
    assertThat(rows.get(0)).isEqualTo(new HeadcountCalculator.Row("2026-11", 45, 42, 2, 0, 1, 2));
    assertThat(rows.get(1)).isEqualTo(new HeadcountCalculator.Row("2026-12", 60, 42, 0, 1, 1, 17));
    assertThat(rows.get(2).target()).isNull();
    assertThat(rows.get(2).gap()).isNull();
    assertThat(plan.total().get(1).target()).isEqualTo(60);
    assertThat(plan.total().get(1).inOffer()).isEqualTo(1);
    assertThat(plan.months()).containsExactly("2026-11", "2026-12", "2027-01");
  }
}
