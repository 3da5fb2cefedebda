package org.floorready.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.floorready.interview.control.InterviewSlotFinder;
import org.floorready.interview.control.InterviewerTimes;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * Issue 16's target: slots for a 3-person panel from a pool of 200 interviewers over a two-week
 * window, each with 200 busy events, in at most 50 ms. Measures everything after the database read:
 * turning each person's weekly hours, limits and busy events into their times over the window, and
 * the search. A measurement: runs only with {@code -Dfloorready.benchmark=true}; prints and writes
 * target/benchmarks/slots.txt.
 */
class SlotFinderBenchmark {
  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Chicago"),
          ZoneId.of("America/Denver"),
          ZoneId.of("America/Phoenix"),
          ZoneId.of("America/Los_Angeles"),
          ZoneId.of("Pacific/Honolulu"));

  @Test
  void threeFromAPoolOfTwoHundredOverTwoWeeks() throws IOException {
    assumeTrue(Boolean.getBoolean("floorready.benchmark"), "set -Dfloorready.benchmark=true");
    Instant start = Instant.parse("2026-03-02T00:00:00Z"); // the weeks around the March change
    Interval window = Interval.of(start, start.plus(Duration.ofDays(14)));
    Random random = new Random(16);
    List<InterviewerTimes.Schedule> schedules = new ArrayList<>();
    for (int person = 0; person < 200; person++) {
      List<Interval> busy = new ArrayList<>();
      for (int event = 0; event < 200; event++) {
        // a busy working fortnight: 200 events of 15–90 minutes between 12:00 and 04:00 UTC
        Instant from =
            start
                .plus(Duration.ofDays(random.nextInt(14)))
                .plus(Duration.ofMinutes(12 * 60 + 15L * random.nextInt(60)));
        busy.add(Interval.of(from, from.plus(Duration.ofMinutes(15L * (1 + random.nextInt(6))))));
      }
      List<Instant> booked = new ArrayList<>();
      for (int i = 0; i < random.nextInt(6); i++) {
        booked.add(start.plus(Duration.ofHours(24L * random.nextInt(14) + 15)));
      }
      schedules.add(
          new InterviewerTimes.Schedule(
              person,
              "P" + person,
              ZONES.get(person % ZONES.size()),
              InterviewSlotFinderTest.weekdays(9, 17),
              busy,
              4,
              15,
              booked));
    }
    InterviewSlotFinder finder = new InterviewSlotFinder();
    InterviewSlotFinder.Request request =
        new InterviewSlotFinder.Request(
            window,
            Duration.ofMinutes(60),
            Duration.ofMinutes(10),
            ZoneId.of("America/Chicago"),
            LocalTime.of(8, 0),
            LocalTime.of(20, 0),
            20,
            4);
    // every free time of the fortnight: the whole window is scanned, every pool member at each step
    InterviewSlotFinder.Request everything =
        new InterviewSlotFinder.Request(
            window,
            Duration.ofMinutes(60),
            Duration.ofMinutes(10),
            ZoneId.of("America/Chicago"),
            LocalTime.of(8, 0),
            LocalTime.of(20, 0),
            100_000,
            100_000);
    String result =
        measure(finder, schedules, window, request, "first 20 slots")
            + measure(finder, schedules, window, everything, "every slot");
    System.out.print(result);
    Files.createDirectories(Path.of("target", "benchmarks"));
    Files.writeString(Path.of("target", "benchmarks", "slots.txt"), result);
  }

  private static String measure(
      InterviewSlotFinder finder,
      List<InterviewerTimes.Schedule> schedules,
      Interval window,
      InterviewSlotFinder.Request request,
      String what) {
    int runs = 200;
    long[] nanos = new long[runs];
    int found = 0;
    for (int round = -50; round < runs; round++) {
      long began = System.nanoTime();
      List<InterviewerTimes> pool = new ArrayList<>();
      for (InterviewerTimes.Schedule schedule : schedules) {
        pool.add(InterviewerTimes.over(schedule, window));
      }
      List<InterviewSlotFinder.Slot> slots =
          finder.findCommonSlots(
              new InterviewSlotFinder.Panel(
                  List.of(), List.of(new InterviewSlotFinder.Pool("pool", pool, 3))),
              request);
      if (round >= 0) {
        nanos[round] = System.nanoTime() - began;
        found = slots.size();
      }
    }
    Arrays.sort(nanos);
    assertThat(found).isPositive();
    return "slot finder, 3 of a pool of 200, 200 busy events each, 2 weeks, %s, %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms; %d slots found%n"
        .formatted(
            what,
            runs,
            ms(nanos[runs / 2]),
            ms(nanos[runs * 95 / 100]),
            ms(nanos[runs - 1]),
            found);
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
