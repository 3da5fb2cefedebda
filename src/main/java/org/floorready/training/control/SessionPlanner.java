package org.floorready.training.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.floorready.platform.InvalidInput;

/**
 * Lays a program's modules over the calendar: from the start date, on the pattern's weekdays and
 * hours, skipping the given dates (holidays), each module takes as many whole sessions as its
 * planned hours need, in order. The result is a proposal the trainer edits afterwards.
 */
public final class SessionPlanner {
  /** At most this many sessions for one class (a year of weekdays). */
  public static final int MAX_SESSIONS = 260;

  private SessionPlanner() {}

  /** A class's week: the days it meets and the hours, in the class's zone. */
  public record WeeklyPattern(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    public WeeklyPattern {
      if (days == null || days.isEmpty()) {
        throw new InvalidInput("days", "must name at least one weekday");
      }
      if (from == null || to == null || !from.isBefore(to)) {
        throw new InvalidInput("to", "must be after from");
      }
    }

    double hours() {
      return Duration.between(from, to).toMinutes() / 60.0;
    }
  }

  /** One planned session: its date and times, and the index of the module it belongs to. */
  public record Planned(LocalDate day, LocalTime from, LocalTime to, int module) {}

  public static List<Planned> plan(
      LocalDate start, List<Integer> plannedHours, WeeklyPattern week, Set<LocalDate> skip) {
    List<Planned> sessions = new ArrayList<>();
    LocalDate day = start;
    for (int m = 0; m < plannedHours.size(); m++) {
      int needed = (int) Math.ceil(plannedHours.get(m) / week.hours() - 1e-9);
      for (int i = 0; i < Math.max(1, needed); i++) {
        day = nextMeeting(day, week, skip);
        if (sessions.size() == MAX_SESSIONS) {
          throw new InvalidInput(
              "days", "the program needs more than " + MAX_SESSIONS + " sessions at these hours");
        }
        sessions.add(new Planned(day, week.from(), week.to(), m));
        day = day.plusDays(1);
      }
    }
    return sessions;
  }

  private static LocalDate nextMeeting(LocalDate from, WeeklyPattern week, Set<LocalDate> skip) {
    LocalDate day = from;
    while (!week.days().contains(day.getDayOfWeek()) || skip.contains(day)) {
      day = day.plusDays(1);
    }
    return day;
  }
}
