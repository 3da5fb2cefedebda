package org.floorready.interview.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.floorready.interview.entity.WorkingHours;
import org.threeten.extra.Interval;

/**
 * One interviewer as the slot finder sees them over a window: when they work (their weekly hours in
 * their own zone, turned into instants day by day, so a daylight-saving change moves the instants
 * and not the local hours), when they are busy (calendar events, time off and booked interviews,
 * merged), and how loaded they are. Days already at the person's daily or weekly limit are left out
 * of their working time.
 */
public final class InterviewerTimes {
  private final long id;
  private final String name;
  private final int load;
  private final long[] workStarts;
  private final long[] workEnds;
  private final long[] busyStarts;
  private final long[] busyEnds;

  private InterviewerTimes(
      long id, String name, int load, List<Interval> working, List<Interval> busy) {
    this.id = id;
    this.name = name;
    this.load = load;
    this.workStarts = working.stream().mapToLong(i -> i.getStart().getEpochSecond()).toArray();
    this.workEnds = working.stream().mapToLong(i -> i.getEnd().getEpochSecond()).toArray();
    this.busyStarts = busy.stream().mapToLong(i -> i.getStart().getEpochSecond()).toArray();
    this.busyEnds = busy.stream().mapToLong(i -> i.getEnd().getEpochSecond()).toArray();
  }

  /** What is known about one interviewer, in the units people set it in. */
  public record Schedule(
      long id,
      String name,
      ZoneId zone,
      List<WorkingHours> hours,
      List<Interval> busy,
      Integer maxPerDay,
      Integer maxPerWeek,
      List<Instant> booked) {}

  /** The interviewer's working and busy time over {@code window}. */
  public static InterviewerTimes over(Schedule schedule, Interval window) {
    ZoneId zone = schedule.zone();
    LocalDate first = window.getStart().atZone(zone).toLocalDate().minusDays(1);
    LocalDate last = window.getEnd().atZone(zone).toLocalDate().plusDays(1);
    List<Interval> working = new ArrayList<>();
    // load: interviews in the person's weeks that the window touches
    LocalDate firstMonday =
        window
            .getStart()
            .atZone(zone)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate afterLastWeek =
        window.getEnd().atZone(zone).toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    int load = 0;
    for (Instant booked : schedule.booked()) {
      LocalDate date = booked.atZone(zone).toLocalDate();
      if (!date.isBefore(firstMonday) && date.isBefore(afterLastWeek)) {
        load++;
      }
    }
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (atLimit(schedule, day)) {
        continue;
      }
      for (WorkingHours hours : schedule.hours()) {
        if (hours.day() == day.getDayOfWeek()) {
          working.add(
              Interval.of(
                  ZonedDateTime.of(day, hours.from(), zone).toInstant(),
                  endOf(day, hours.to(), zone)));
        }
      }
    }
    working.sort(Comparator.comparing(Interval::getStart));
    return new InterviewerTimes(
        schedule.id(), schedule.name(), load, working, merged(schedule.busy()));
  }

  private static Instant endOf(LocalDate day, LocalTime to, ZoneId zone) {
    // 00:00 as an end means the end of the day
    return to.equals(LocalTime.MIDNIGHT)
        ? day.plusDays(1).atStartOfDay(zone).toInstant()
        : ZonedDateTime.of(day, to, zone).toInstant();
  }

  private static boolean atLimit(Schedule schedule, LocalDate day) {
    ZoneId zone = schedule.zone();
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    int sameDay = 0;
    int sameWeek = 0;
    for (Instant booked : schedule.booked()) {
      LocalDate date = booked.atZone(zone).toLocalDate();
      if (date.equals(day)) {
        sameDay++;
      }
      if (!date.isBefore(monday) && date.isBefore(monday.plusDays(7))) {
        sameWeek++;
      }
    }
    return schedule.maxPerDay() != null && sameDay >= schedule.maxPerDay()
        || schedule.maxPerWeek() != null && sameWeek >= schedule.maxPerWeek();
  }

  static List<Interval> merged(List<Interval> busy) {
    List<Interval> sorted = new ArrayList<>(busy);
    sorted.sort(Comparator.comparing(Interval::getStart));
    List<Interval> merged = new ArrayList<>();
    for (Interval next : sorted) {
      if (next.isEmpty()) {
        continue;
      }
      Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !next.getStart().isAfter(last.getEnd())) {
        if (next.getEnd().isAfter(last.getEnd())) {
          merged.set(merged.size() - 1, last.withEnd(next.getEnd()));
        }
      } else {
        merged.add(next);
      }
    }
    return merged;
  }

  /**
   * Whether the person works all of {@code [start, end)} and has nothing else from {@code buffer}
   * seconds before it to {@code buffer} seconds after it.
   */
  public boolean freeFor(long start, long end, long buffer) {
    int work = lastAtOrBefore(workStarts, start);
    if (work < 0 || workEnds[work] < end) {
      return false;
    }
    // the first busy time ending after the buffered start must begin at or after the buffered end
    int lo = 0;
    int hi = busyEnds.length;
    long from = start - buffer;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (busyEnds[mid] <= from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == busyStarts.length || busyStarts[lo] >= end + buffer;
  }

  private static int lastAtOrBefore(long[] sorted, long value) {
    int lo = 0;
    int hi = sorted.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= value) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** Interviews booked in the weeks the window touches: a pool picks the least loaded first. */
  public int load() {
    return load;
  }
}
