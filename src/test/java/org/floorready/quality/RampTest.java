package org.floorready.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.floorready.quality.control.Kpi;
import org.floorready.quality.control.KpiWeeks;
import org.floorready.quality.control.Ramp;
import org.junit.jupiter.api.Test;

class RampTest {

  /** A week on the floor with calls and sales (conversion = sold ÷ calls) and handle time. */
  static KpiWeeks.Week week(int onFloor, int calls, int sold, int aht) {
    return new KpiWeeks.Week(
        LocalDate.of(2026, 9, 7).plusWeeks(onFloor),
        onFloor,
        1,
        calls,
        aht,
        null,
        null,
        null,
        null,
        sold,
        Math.round(1000.0 * sold / calls) / 10.0,
        null,
        null);
  }

  @Test
  void theCurveGivesMedianAndQuartilesPerWeekOnTheFloor() {
    List<List<KpiWeeks.Week>> people =
        List.of(
            List.of(week(1, 100, 8, 500), week(2, 100, 10, 480)),
            List.of(week(1, 100, 10, 520)),
            List.of(week(1, 100, 12, 460), week(2, 100, 14, 450)),
            List.of(week(0, 100, 50, 100), week(1, 100, 6, 610)));
    List<Ramp.Point> curve = Ramp.curve(people, Kpi.CONVERSION, Map.of(1, 9.0));
    assertThat(curve).hasSize(12);
    // week 1: 6, 8, 10, 12 → median 9, quartiles 7.5 and 10.5; week 0 left out
    assertThat(curve.get(0)).isEqualTo(new Ramp.Point(1, 4, 9.0, 7.5, 10.5, 9.0));
    // week 2: 10 and 14
    assertThat(curve.get(1)).isEqualTo(new Ramp.Point(2, 2, 12.0, 11.0, 13.0, null));
    assertThat(curve.get(2)).isEqualTo(new Ramp.Point(3, 0, null, null, null, null));
  }

  @Test
  void proficiencyIsTheEndOfTheFirstRunOfWeeksMeetingTheirTargets() {
    Map<Integer, Double> targets = new java.util.HashMap<>();
    for (int w = 1; w <= 12; w++) {
      targets.put(w, 8.0 + w * 0.5); // 8.5 %, 9 %, 9.5 % … 14 %
    }
    List<KpiWeeks.Week> weeks = new ArrayList<>();
    // conversion per week 1..6: 9 (met), 8 (no), 10 (met), 10 (met), 11 (met), 12 (met)
    int[] sold = {9, 8, 10, 10, 11, 12};
    for (int i = 0; i < sold.length; i++) {
      weeks.add(week(i + 1, 100, sold[i], 400));
    }
    assertThat(Ramp.proficientAt(weeks, Kpi.CONVERSION, targets, 3)).isEqualTo(5);
    assertThat(Ramp.proficientAt(weeks, Kpi.CONVERSION, targets, 1)).isEqualTo(1);
    assertThat(Ramp.proficientAt(weeks, Kpi.CONVERSION, targets, 5)).isNull();
    // a week not reported breaks the run: weeks 3, 4 and then 6 (5 missing)
    List<KpiWeeks.Week> gap = new ArrayList<>(weeks);
    gap.remove(4);
    assertThat(Ramp.proficientAt(gap, Kpi.CONVERSION, targets, 3)).isNull();
    // lower is better for handle time: 400 s meets a 420 s target
    assertThat(Ramp.proficientAt(weeks, Kpi.AHT, Map.of(1, 420.0, 2, 420.0), 2)).isEqualTo(2);
    assertThat(Ramp.proficientAt(weeks, Kpi.AHT, Map.of(), 1)).isNull();
  }
}
