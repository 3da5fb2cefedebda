package org.floorready.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorready.quality.control.Comparison;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  @Test
  void aGroupIsComparedWithTheRestByAWelchInterval() {
    // referrals: ten agents at 14 ± 1 (13, 15 alternating), the rest: ten at 10 ± 1
    Map<String, List<Double>> values = new LinkedHashMap<>();
    List<Double> referral = new ArrayList<>();
    List<Double> board = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      referral.add(i % 2 == 0 ? 13.0 : 15.0);
      board.add(i % 2 == 0 ? 9.0 : 11.0);
    }
    values.put("Referral", referral);
    values.put("Job board", board);
    values.put("Job fair", List.of(12.0, 12.0, 12.0));
    List<Comparison.Group> groups = Comparison.of(values, true, " points");
    // referral vs the 13 others: mean 14 vs (10 × 10 + 36) ÷ 13 = 10.46; difference 3.54
    // variances 1.1111 (n 10) and 19.2308 ÷ 12 = 1.6026 (n 13): se = √(0.1111 + 0.1233) =
    // 0.4841; Welch df = 0.05494 ÷ (0.001372 + 0.001267) = 20.8, t(0.975) = 2.0805 → 3.54 ± 1.01
    // → 2.5 to 4.5
    Comparison.Group r = groups.get(0);
    assertThat(r.people()).isEqualTo(10);
    assertThat(r.mean()).isEqualTo(14.0);
    assertThat(r.difference()).isEqualTo(3.5);
    assertThat(r.low()).isEqualTo(2.5);
    assertThat(r.high()).isEqualTo(4.5);
    assertThat(r.says()).startsWith("higher by 3.5 points than the rest").endsWith("better");
    assertThat(groups.get(1).says()).startsWith("lower by").endsWith("worse");
    assertThat(groups.get(2))
        .isEqualTo(
            new Comparison.Group(
                "Job fair", 3, 12.0, null, null, null, "not enough data (3 of 10 needed)"));
    // lower handle time is better
    assertThat(Comparison.of(values, false, " s").get(0).says()).endsWith("worse");
  }

  @Test
  void overlappingGroupsShowNoClearDifference() {
    Map<String, List<Double>> values = new LinkedHashMap<>();
    List<Double> a = new ArrayList<>();
    List<Double> b = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      a.add(10.0 + (i % 4));
      b.add(10.5 + (i % 3));
    }
    values.put("A", a);
    values.put("B", b);
    assertThat(Comparison.of(values, true, "").get(0).says()).startsWith("no clear difference");
  }

  @Test
  void aCriterionsMetGroupIsComparedWithItsNotMetGroup() {
    List<Double> met = new ArrayList<>();
    List<Double> notMet = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      met.add(i % 2 == 0 ? 13.0 : 15.0);
      notMet.add(i % 2 == 0 ? 9.0 : 11.0);
    }
    // means 14 and 10, both variances 10 ÷ 9 = 1.1111 (n 10): se = √(2 × 0.1111) = 0.4714;
    // Welch df = 0.04938 ÷ (2 × 0.01235 ÷ 9) = 18, t(0.975, 18) = 2.1009 → 4 ± 0.99 → 3.0 to 5.0
    Comparison.Group g =
        Comparison.between(
            "Speaks Spanish", met, notMet, true, " points", "those who did not meet it");
    assertThat(g)
        .isEqualTo(
            new Comparison.Group(
                "Speaks Spanish",
                10,
                14.0,
                4.0,
                3.0,
                5.0,
                "higher by 4.0 points than those who did not meet it (95 % CI 3.0 to 5.0): better"));
    // too few on the other side: sizes and mean, no interval
    Comparison.Group few =
        Comparison.between("X", met, notMet.subList(0, 5), true, "", "those who did not meet it");
    assertThat(few.difference()).isNull();
    assertThat(few.mean()).isEqualTo(14.0);
    assertThat(few.says()).isEqualTo("not enough data in those who did not meet it (5 of 10)");
    assertThat(Comparison.between("Y", met, List.of(), true, "", "them").says())
        .isEqualTo("nobody to compare with");
  }
}
