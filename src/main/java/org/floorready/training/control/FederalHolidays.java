package org.floorready.training.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The eleven US federal holidays (5 U.S.C. 6103) as observed: a fixed-date holiday on a Saturday is
 * observed the Friday before, on a Sunday the Monday after. Sessions skip them unless a class says
 * otherwise; a team's own days off are added by the trainer.
 */
public final class FederalHolidays {
  private FederalHolidays() {}

  public static Set<LocalDate> between(LocalDate from, LocalDate to) {
    Set<LocalDate> all = new TreeSet<>();
    IntStream.rangeClosed(from.getYear(), to.getYear() + 1)
        .forEach(
            year ->
                of(year).stream()
                    .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                    .forEach(all::add));
    return all;
  }

  public static Set<LocalDate> of(int year) {
    Set<LocalDate> days = new TreeSet<>();
    days.add(observed(LocalDate.of(year, Month.JANUARY, 1)));
    days.add(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY));
    days.add(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY));
    days.add(
        LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    days.add(observed(LocalDate.of(year, Month.JUNE, 19)));
    days.add(observed(LocalDate.of(year, Month.JULY, 4)));
    days.add(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY));
    days.add(nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY));
    days.add(observed(LocalDate.of(year, Month.NOVEMBER, 11)));
    days.add(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY));
    days.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));
    return days;
  }

  private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }

  private static LocalDate observed(LocalDate date) {
    return switch (date.getDayOfWeek()) {
      case SATURDAY -> date.minusDays(1);
      case SUNDAY -> date.plusDays(1);
      default -> date;
    };
  }
}
