package org.floorready.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.floorready.reporting.control.Forecast;
import org.junit.jupiter.api.Test;

class ForecastTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  @Test
  void theTargetIsReachedWhenTheNetPaceCoversWhatRemains() {
    // 100 now, 160 by June 2027; 45 hires and 15 leavers in 90 days = 30 net = 1 every 3 days:
    // 60 more take 180 days → June 2, 2027, within June
    Forecast f = Forecast.of(100, 160, YearMonth.of(2027, 6), 45, 15, 90, TODAY);
    assertThat(f.reachedOn()).isEqualTo(LocalDate.of(2027, 6, 2));
    assertThat(f.onTrack()).isTrue();
    assertThat(f.netPerMonth()).isEqualTo(10.0);
    // 7 net in 90 days: 60 × 90 / 7 = 771.4 → 772 days, long after May
    Forecast slow = Forecast.of(100, 160, YearMonth.of(2027, 5), 10, 3, 90, TODAY);
    assertThat(slow.reachedOn()).isEqualTo(TODAY.plusDays(772));
    assertThat(slow.onTrack()).isFalse();
    assertThat(slow.netPerMonth()).isEqualTo(2.3);
  }

  @Test
  void noGrowthNeverGetsThereAndAReachedTargetIsToday() {
    Forecast shrinking = Forecast.of(100, 160, YearMonth.of(2027, 6), 5, 9, 90, TODAY);
    assertThat(shrinking.reachedOn()).isNull();
    assertThat(shrinking.onTrack()).isFalse();
    assertThat(Forecast.of(170, 160, YearMonth.of(2027, 6), 0, 0, 90, TODAY).reachedOn())
        .isEqualTo(TODAY);
    Forecast noTarget = Forecast.of(100, null, null, 9, 0, 90, TODAY);
    assertThat(noTarget.reachedOn()).isNull();
    assertThat(noTarget.onTrack()).isNull();
    assertThat(noTarget.netPerMonth()).isEqualTo(3.0);
  }
}
