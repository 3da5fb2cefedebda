package org.floorready.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.floorready.reporting.control.Distribution;
import org.junit.jupiter.api.Test;

class DistributionTest {

  @Test
  void medianAndNinetiethPercentileInterpolateBetweenTheClosestRanks() {
    Distribution d = Distribution.of(new double[] {4, 50, 10});
    assertThat(d.count()).isEqualTo(3);
    assertThat(d.median()).isEqualTo(10.0);
    assertThat(d.p90()).isEqualTo(42.0); // 10 + 0.8 × (50 − 10)
    assertThat(d.buckets())
        .extracting(Distribution.Bucket::count)
        .containsExactly(1, 1, 0, 1, 0, 0);
    Distribution two = Distribution.of(new double[] {7.9, 8.0});
    assertThat(two.median()).isEqualTo(8.0); // 7.95 shown to one decimal
    assertThat(two.buckets().get(0).count()).as("7.9 days is in 0–7").isEqualTo(1);
    assertThat(Distribution.of(new double[0]).median()).isNull();
  }

  @Test
  void percentilesOfCountedValuesArePercentilesOfTheValuesWrittenOut() {
    Random random = new Random(7);
    for (int run = 0; run < 200; run++) {
      TreeMap<Long, Long> counts = new TreeMap<>();
      List<Double> written = new ArrayList<>();
      int distinct = 1 + random.nextInt(6);
      for (int i = 0; i < distinct; i++) {
        long value = random.nextInt(200);
        long times = 1 + random.nextInt(4);
        counts.merge(value, times, Long::sum);
        for (int t = 0; t < times; t++) {
          written.add((double) value);
        }
      }
      Distribution expected =
          Distribution.of(written.stream().mapToDouble(Double::doubleValue).toArray());
      assertThat(Distribution.round(Distribution.percentile(counts, 0.5)))
          .as("median of %s", counts)
          .isEqualTo(expected.median());
      assertThat(Distribution.round(Distribution.percentile(counts, 0.9)))
          .as("90th percentile of %s", counts)
          .isEqualTo(expected.p90());
    }
  }
}
