package org.floorready.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.floorready.quality.control.KpiRow;
import org.floorready.quality.control.KpiWeeks;
import org.junit.jupiter.api.Test;

class KpiWeeksTest {

  static KpiRow day(String on, Integer calls, Integer aht, Integer sold, String qa) {
    return new KpiRow(
        0,
        null,
        null,
        LocalDate.parse(on),
        1,
        calls,
        aht,
        null,
        null,
        null,
        null,
        sold,
        qa == null ? null : new BigDecimal(qa),
        null);
  }

  @Test
  void daysAreGatheredIntoWeeksWeightedByCallsAndCountedFromTheFloorDate() {
    // graduated Wednesday Nov 18: that week is week 1
    List<KpiWeeks.Week> weeks =
        KpiWeeks.of(
            List.of(
                day("2026-11-16", 40, 300, 2, "90"),
                day("2026-11-17", 60, 400, 4, null),
                day("2026-11-22", null, 500, null, "80"),
                day("2026-11-23", 50, 330, 5, "95"),
                day("2026-11-09", 10, 600, 0, null)),
            LocalDate.of(2026, 11, 18));
    assertThat(weeks)
        .extracting(KpiWeeks.Week::week)
        .containsExactly(
            LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));
    assertThat(weeks).extracting(KpiWeeks.Week::weekOnFloor).containsExactly(0, 1, 2);
    KpiWeeks.Week first = weeks.get(1);
    assertThat(first.rows()).isEqualTo(3);
    assertThat(first.callsHandled()).isEqualTo(100);
    // (40 × 300 + 60 × 400 + 1 × 500) ÷ 101 = 361.4 → 361
    assertThat(first.ahtSeconds()).isEqualTo(361);
    assertThat(first.policiesSold()).isEqualTo(6);
    assertThat(first.conversion()).isEqualTo(6.0);
    assertThat(first.qaScore()).isEqualTo(85.0);
    assertThat(first.talkSeconds()).isNull();
    assertThat(weeks.get(0).conversion()).isEqualTo(0.0);
    assertThat(KpiWeeks.of(List.of(day("2026-11-23", 5, 300, 1, null)), null).get(0).weekOnFloor())
        .isNull();
  }
}
