package org.floorready.interview.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.Interval;

/**
 * The earliest times when everyone an interview needs is free: each named interviewer, and N of
 * each pool (the least loaded of those free, said why), within each one's working hours in their
 * own zone and the candidate's waking hours in theirs, clear of busy times by the buffer. Times are
 * tried on a quarter-hour grid, which is a whole-minute grid in every US zone.
 */
public final class InterviewSlotFinder {
  static final long GRID_SECONDS = Duration.ofMinutes(15).toSeconds();

  /** The people an interview needs: all of {@code required}, and {@code count} of each pool. */
  public record Panel(List<InterviewerTimes> required, List<Pool> pools) {}

  public record Pool(String name, List<InterviewerTimes> members, int count) {}

  /** What is asked for: where to look, how long, and the candidate's side of it. */
  public record Request(
      Interval window,
      Duration length,
      Duration buffer,
      ZoneId candidateZone,
      LocalTime candidateFrom,
      LocalTime candidateTo,
      int limit,
      int perDay) {}

  /** A time everyone needed is free, with who would sit in it. */
  public record Slot(Instant start, Instant end, List<Seat> interviewers) {}

  /** One interviewer of a slot, and why this one (for pool picks). */
  public record Seat(long id, String name, String why) {}

  public List<Slot> findCommonSlots(Panel panel, Request request) {
    long length = request.length().toSeconds();
    long buffer = request.buffer().toSeconds();
    long first = ceilToGrid(request.window().getStart().getEpochSecond());
    long last = request.window().getEnd().getEpochSecond() - length;
    List<Slot> slots = new ArrayList<>();
    Map<LocalDate, Integer> perCandidateDay = new HashMap<>();
    for (long start = first; start <= last && slots.size() < request.limit(); ) {
      long end = start + length;
      LocalDate candidateDay = candidateDay(request, start, end);
      if (candidateDay == null
          || perCandidateDay.getOrDefault(candidateDay, 0) >= request.perDay()) {
        start += GRID_SECONDS;
        continue;
      }
      List<Seat> seats = seats(panel, start, end, buffer);
      if (seats == null) {
        start += GRID_SECONDS;
        continue;
      }
      slots.add(new Slot(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end), seats));
      perCandidateDay.merge(candidateDay, 1, Integer::sum);
      // the next choice starts when this one ends: offered slots do not overlap
      start = ceilToGrid(end);
    }
    return slots;
  }

  /** Who sits in {@code [start, end)}, or null when someone needed is not free. */
  private static List<Seat> seats(Panel panel, long start, long end, long buffer) {
    List<Seat> seats = new ArrayList<>();
    for (InterviewerTimes person : panel.required()) {
      if (!person.freeFor(start, end, buffer)) {
        return null;
      }
      seats.add(new Seat(person.id(), person.name(), "named for this interview"));
    }
    for (Pool pool : panel.pools()) {
      List<InterviewerTimes> free = new ArrayList<>();
      for (InterviewerTimes member : pool.members()) {
        if (member.freeFor(start, end, buffer) && !taken(seats, member.id())) {
          free.add(member);
        }
      }
      if (free.size() < pool.count()) {
        return null;
      }
      free.sort(
          Comparator.comparingInt(InterviewerTimes::load).thenComparingLong(InterviewerTimes::id));
      for (InterviewerTimes picked : free.subList(0, pool.count())) {
        seats.add(
            new Seat(
                picked.id(),
                picked.name(),
                "least loaded of %d free in %s: %d interview%s in the same weeks"
                    .formatted(
                        free.size(), pool.name(), picked.load(), picked.load() == 1 ? "" : "s")));
      }
    }
    return seats;
  }

  private static boolean taken(List<Seat> seats, long id) {
    return seats.stream().anyMatch(seat -> seat.id() == id);
  }

  /** The candidate's date of the slot, or null when it is outside their waking hours. */
  private static LocalDate candidateDay(Request request, long start, long end) {
    ZonedDateTime from = Instant.ofEpochSecond(start).atZone(request.candidateZone());
    ZonedDateTime to = Instant.ofEpochSecond(end).atZone(request.candidateZone());
    boolean awake =
        from.toLocalDate().equals(to.toLocalDate())
            && !from.toLocalTime().isBefore(request.candidateFrom())
            && !to.toLocalTime().isAfter(request.candidateTo());
    return awake ? from.toLocalDate() : null;
  }

  static long ceilToGrid(long epochSecond) {
    return Math.floorDiv(epochSecond + GRID_SECONDS - 1, GRID_SECONDS) * GRID_SECONDS;
  }
}
