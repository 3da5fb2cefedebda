package org.floorready.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.floorready.interview.control.InterviewSlotFinder;
import org.floorready.interview.control.InterviewSlotFinder.Panel;
import org.floorready.interview.control.InterviewSlotFinder.Pool;
import org.floorready.interview.control.InterviewSlotFinder.Request;
import org.floorready.interview.control.InterviewSlotFinder.Slot;
import org.floorready.interview.control.InterviewerTimes;
import org.floorready.interview.entity.WorkingHours;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class InterviewSlotFinderTest {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
  static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private final InterviewSlotFinder finder = new InterviewSlotFinder();

  static List<WorkingHours> weekdays(int from, int to) {
    List<WorkingHours> hours = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        hours.add(new WorkingHours(day, LocalTime.of(from, 0), LocalTime.of(to, 0)));
      }
    }
    return hours;
  }

  static InterviewerTimes.Schedule person(long id, ZoneId zone, List<Interval> busy) {
    return new InterviewerTimes.Schedule(
        id, "P" + id, zone, weekdays(9, 17), busy, null, null, List.of());
  }

  static Interval window(String from, String to) {
    return Interval.of(Instant.parse(from), Instant.parse(to));
  }

  static Request request(Interval window, int minutes, int buffer, ZoneId candidate) {
    return new Request(
        window,
        Duration.ofMinutes(minutes),
        Duration.ofMinutes(buffer),
        candidate,
        LocalTime.of(8, 0),
        LocalTime.of(20, 0),
        100,
        100);
  }

  static List<String> starts(List<Slot> slots) {
    return slots.stream().map(slot -> slot.start().toString()).toList();
  }

  @Test
  void theMarchChangeMovesNewYorkAnHourEarlierInUtcAndNotPhoenix() {
    Interval window = window("2026-03-06T00:00:00Z", "2026-03-10T00:00:00Z");
    Panel panel =
        new Panel(
            List.of(
                InterviewerTimes.over(person(1, NEW_YORK, List.of()), window),
                InterviewerTimes.over(person(2, PHOENIX, List.of()), window)),
            List.of());
    List<Slot> slots = finder.findCommonSlots(panel, request(window, 60, 0, LOS_ANGELES));
    // Friday before the change: New York 9-17 EST is 14-22Z, Phoenix 9-17 MST is 16-24Z
    // Monday after it: New York 9-17 EDT is 13-21Z; Phoenix has no daylight saving time
    assertThat(starts(slots))
        .containsExactly(
            "2026-03-06T16:00:00Z",
            "2026-03-06T17:00:00Z",
            "2026-03-06T18:00:00Z",
            "2026-03-06T19:00:00Z",
            "2026-03-06T20:00:00Z",
            "2026-03-06T21:00:00Z",
            "2026-03-09T16:00:00Z",
            "2026-03-09T17:00:00Z",
            "2026-03-09T18:00:00Z",
            "2026-03-09T19:00:00Z",
            "2026-03-09T20:00:00Z");
  }

  @Test
  void theNovemberChangeWidensNewYorkAndHonoluluOverlapByAnHour() {
    Interval window = window("2026-10-30T00:00:00Z", "2026-11-03T00:00:00Z");
    InterviewerTimes.Schedule honolulu =
        new InterviewerTimes.Schedule(
            3, "Kai", HONOLULU, weekdays(8, 16), List.of(), null, null, List.of());
    Panel panel =
        new Panel(
            List.of(
                InterviewerTimes.over(person(1, NEW_YORK, List.of()), window),
                InterviewerTimes.over(honolulu, window)),
            List.of());
    List<Slot> slots = finder.findCommonSlots(panel, request(window, 60, 0, CHICAGO));
    // Honolulu 8-16 HST is 18-02Z all year; New York ends 21Z in EDT, 22Z in EST
    assertThat(starts(slots))
        .containsExactly(
            "2026-10-30T18:00:00Z",
            "2026-10-30T19:00:00Z",
            "2026-10-30T20:00:00Z",
            "2026-11-02T18:00:00Z",
            "2026-11-02T19:00:00Z",
            "2026-11-02T20:00:00Z",
            "2026-11-02T21:00:00Z");
  }

  @Test
  void theCandidatesWakingHoursCountInTheirOwnZone() {
    Interval window = window("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z");
    Panel panel =
        new Panel(
            List.of(InterviewerTimes.over(person(1, NEW_YORK, List.of()), window)), List.of());
    List<Slot> slots = finder.findCommonSlots(panel, request(window, 60, 0, HONOLULU));
    // New York works 13-21Z in June; a Honolulu candidate is awake from 08:00 HST = 18Z
    assertThat(starts(slots))
        .containsExactly("2026-06-01T18:00:00Z", "2026-06-01T19:00:00Z", "2026-06-01T20:00:00Z");
  }

  @Test
  void busyTimesKeepTheBufferClear() {
    Interval window = window("2026-06-01T13:00:00Z", "2026-06-01T16:00:00Z");
    Interval meeting = window("2026-06-01T14:00:00Z", "2026-06-01T14:30:00Z");
    Panel panel =
        new Panel(
            List.of(InterviewerTimes.over(person(1, NEW_YORK, List.of(meeting)), window)),
            List.of());
    List<Slot> slots = finder.findCommonSlots(panel, request(window, 30, 15, CHICAGO));
    // 13:00-13:30 is clear of 14:00 by 30 minutes; 13:30 would end at the meeting; after it,
    // 14:45 is the first start 15 minutes clear
    assertThat(starts(slots))
        .containsExactly("2026-06-01T13:00:00Z", "2026-06-01T14:45:00Z", "2026-06-01T15:15:00Z");
  }

  @Test
  void aPoolGivesTheLeastLoadedOfThoseFreeAndSaysWhy() {
    Interval window = window("2026-06-01T13:00:00Z", "2026-06-01T14:00:00Z");
    Instant earlier = Instant.parse("2026-06-01T20:00:00Z");
    InterviewerTimes busy =
        InterviewerTimes.over(
            new InterviewerTimes.Schedule(
                10,
                "Busy",
                NEW_YORK,
                weekdays(9, 17),
                List.of(),
                null,
                null,
                List.of(earlier, earlier.plusSeconds(3600))),
            window);
    InterviewerTimes light =
        InterviewerTimes.over(
            new InterviewerTimes.Schedule(
                11, "Light", NEW_YORK, weekdays(9, 17), List.of(), null, null, List.of()),
            window);
    InterviewerTimes away = InterviewerTimes.over(person(12, NEW_YORK, List.of(window)), window);
    InterviewerTimes.Schedule manager = person(1, NEW_YORK, List.of());
    Panel panel =
        new Panel(
            List.of(InterviewerTimes.over(manager, window)),
            List.of(new Pool("role-play coaches", List.of(busy, away, light), 1)));
    Request oneHour = request(window, 60, 0, CHICAGO);
    List<Slot> slots = finder.findCommonSlots(panel, oneHour);
    assertThat(slots).hasSize(1);
    assertThat(slots.get(0).interviewers())
        .extracting(InterviewSlotFinder.Seat::id)
        .containsExactly(1L, 11L);
    assertThat(slots.get(0).interviewers().get(1).why())
        .isEqualTo("least loaded of 2 free in role-play coaches: 0 interviews in the same weeks");

    // two needed from a pool with two free: both, and none when only one is free
    Panel two = new Panel(List.of(), List.of(new Pool("coaches", List.of(busy, light), 2)));
    assertThat(finder.findCommonSlots(two, oneHour).get(0).interviewers())
        .extracting(InterviewSlotFinder.Seat::id)
        .containsExactly(11L, 10L);
    Panel short1 = new Panel(List.of(), List.of(new Pool("coaches", List.of(busy, away), 2)));
    assertThat(finder.findCommonSlots(short1, oneHour)).isEmpty();
  }

  @Test
  void aDayAtTheDailyLimitAndAWeekAtTheWeeklyLimitOfferNothing() {
    Interval window = window("2026-06-01T00:00:00Z", "2026-06-03T00:00:00Z");
    Instant mondayMorning = Instant.parse("2026-06-01T13:00:00Z");
    InterviewerTimes.Schedule daily =
        new InterviewerTimes.Schedule(
            1, "D", NEW_YORK, weekdays(9, 17), List.of(), 1, null, List.of(mondayMorning));
    List<Slot> slots =
        finder.findCommonSlots(
            new Panel(List.of(InterviewerTimes.over(daily, window)), List.of()),
            request(window, 60, 0, NEW_YORK));
    assertThat(slots).isNotEmpty();
    assertThat(slots).allMatch(slot -> slot.start().toString().startsWith("2026-06-02"));

    InterviewerTimes.Schedule weekly =
        new InterviewerTimes.Schedule(
            1, "W", NEW_YORK, weekdays(9, 17), List.of(), null, 1, List.of(mondayMorning));
    assertThat(
            finder.findCommonSlots(
                new Panel(List.of(InterviewerTimes.over(weekly, window)), List.of()),
                request(window, 60, 0, NEW_YORK)))
        .isEmpty();
  }

  @Test
  void startsLieOnTheQuarterHourAndChoicesPerDayAreCapped() {
    Interval window = window("2026-06-01T13:07:00Z", "2026-06-03T00:00:00Z");
    Panel panel =
        new Panel(
            List.of(InterviewerTimes.over(person(1, NEW_YORK, List.of()), window)), List.of());
    Request request =
        new Request(
            window,
            Duration.ofMinutes(45),
            Duration.ZERO,
            NEW_YORK,
            LocalTime.of(8, 0),
            LocalTime.of(20, 0),
            5,
            3);
    List<Slot> slots = finder.findCommonSlots(panel, request);
    assertThat(starts(slots))
        .containsExactly(
            "2026-06-01T13:15:00Z",
            "2026-06-01T14:00:00Z",
            "2026-06-01T14:45:00Z",
            "2026-06-02T13:00:00Z",
            "2026-06-02T13:45:00Z");
  }

  @Test
  void workingHoursKnowWhenTheyOverlap() {
    WorkingHours morning =
        new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
    WorkingHours lateMorning =
        new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0));
    WorkingHours afternoon =
        new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(17, 0));
    WorkingHours evening =
        new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT);
    assertThat(morning.overlaps(lateMorning)).isTrue();
    assertThat(morning.overlaps(afternoon)).isFalse();
    assertThat(evening.wellFormed()).isTrue();
    assertThat(
            new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(9, 0))
                .wellFormed())
        .isFalse();
  }
}
