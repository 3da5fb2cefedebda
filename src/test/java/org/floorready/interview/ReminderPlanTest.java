package org.floorready.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.floorready.interview.control.ReminderPlan;
import org.junit.jupiter.api.Test;

class ReminderPlanTest {
  static final Instant START = Instant.parse("2026-03-09T15:00:00Z");
  static final Instant END = START.plus(Duration.ofMinutes(45));

  private static List<String> planned(Clock clock) {
    return ReminderPlan.plan(7, 0, START, END, List.of(1440L, 60L), clock.instant()).stream()
        .map(r -> r.key() + "@" + r.due())
        .toList();
  }

  @Test
  void aDayAndAnHourBeforeAndTheScorecardAtTheEnd() {
    Clock twoDaysAhead = Clock.fixed(START.minus(Duration.ofDays(2)), ZoneOffset.UTC);
    assertThat(planned(twoDaysAhead))
        .containsExactly(
            "7:0:1440@2026-03-08T15:00:00Z",
            "7:0:60@2026-03-09T14:00:00Z",
            "7:0:scorecard@2026-03-09T15:45:00Z");
  }

  @Test
  void remindersWhoseTimeHasPassedAreNotSent() {
    Clock threeHoursAhead = Clock.fixed(START.minus(Duration.ofHours(3)), ZoneOffset.UTC);
    assertThat(planned(threeHoursAhead))
        .containsExactly("7:0:60@2026-03-09T14:00:00Z", "7:0:scorecard@2026-03-09T15:45:00Z");
    Clock exactlyAnHourAhead = Clock.fixed(START.minus(Duration.ofHours(1)), ZoneOffset.UTC);
    assertThat(planned(exactlyAnHourAhead)).containsExactly("7:0:scorecard@2026-03-09T15:45:00Z");
  }

  @Test
  void aMovedInterviewsOldRemindersDoNotStand() {
    ReminderPlan.Key old = ReminderPlan.parse("7:0:60");
    assertThat(ReminderPlan.stillStands(old, 0, true)).isTrue();
    assertThat(ReminderPlan.stillStands(old, 1, true)).isFalse();
    assertThat(ReminderPlan.stillStands(old, 0, false)).isFalse();
    assertThat(ReminderPlan.parse("7:1:scorecard").scorecard()).isTrue();
    assertThat(ReminderPlan.parse("7:1:1440").minutesBefore()).isEqualTo(1440);
    assertThatThrownBy(() -> ReminderPlan.parse("7:x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReminderPlan.parse("7:1:soon"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
