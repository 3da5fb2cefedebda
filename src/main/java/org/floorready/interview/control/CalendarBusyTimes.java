package org.floorready.interview.control;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Transp;
import org.threeten.extra.Interval;

/**
 * The busy times in an iCalendar document (a published calendar address or a CalDAV answer) over a
 * window: recurring events expanded (RRULE, RDATE, EXDATE), an occurrence moved or cancelled on its
 * own (RECURRENCE-ID) taken from its own event, free-time events (TRANSP:TRANSPARENT) and cancelled
 * ones left out, all-day events busy from midnight to midnight in the interviewer's zone, floating
 * times read in that zone too.
 */
public final class CalendarBusyTimes {
  private CalendarBusyTimes() {}

  /** The document is not iCalendar, or not one ical4j can read. */
  public static final class Unreadable extends Exception {
    Unreadable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public static List<Interval> read(String ics, Interval window, ZoneId zone) throws Unreadable {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(ics));
    } catch (IOException | ParserException | RuntimeException e) {
      throw new Unreadable("not a readable iCalendar document: " + firstLine(e), e);
    }
    List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
    // occurrences that have an event of their own: uid -> their original start instants
    Map<String, List<Instant>> overridden = new HashMap<>();
    for (VEvent event : events) {
      Optional<RecurrenceId<Temporal>> recurrenceId = event.getProperty(Property.RECURRENCE_ID);
      if (recurrenceId.isPresent() && event.getUid().isPresent()) {
        overridden
            .computeIfAbsent(event.getUid().get().getValue(), uid -> new ArrayList<>())
            .add(instant(recurrenceId.get().getDate(), zone));
      }
    }
    List<Interval> busy = new ArrayList<>();
    for (VEvent event : events) {
      if (free(event)) {
        continue;
      }
      boolean master = event.getProperty(Property.RECURRENCE_ID).isEmpty();
      List<Instant> moved =
          master ? event.getUid().map(uid -> overridden.get(uid.getValue())).orElse(null) : null;
      try {
        for (Period<Temporal> occurrence :
            event.<Temporal>calculateRecurrenceSet(periodLike(event, window, zone))) {
          Instant start = instant(occurrence.getStart(), zone);
          if (moved != null && moved.contains(start)) {
            continue;
          }
          Interval interval = Interval.of(start, instant(occurrence.getEnd(), zone));
          if (interval.overlaps(window)) {
            busy.add(interval);
          }
        }
      } catch (RuntimeException e) {
        throw new Unreadable("an event cannot be read: " + firstLine(e), e);
      }
    }
    return busy;
  }

  /** The window in the kind of time the event's start is written in, as ical4j needs it. */
  private static Period<? extends Temporal> periodLike(VEvent event, Interval window, ZoneId zone) {
    Temporal start = event.getStartDate().map(DtStart::getDate).orElse(null);
    ZonedDateTime from = window.getStart().atZone(zone);
    ZonedDateTime to = window.getEnd().atZone(zone);
    if (start instanceof LocalDate) {
      return new Period<>(from.toLocalDate().minusDays(1), to.toLocalDate().plusDays(1));
    }
    if (start instanceof LocalDateTime) {
      return new Period<>(from.toLocalDateTime(), to.toLocalDateTime());
    }
    if (start instanceof ZonedDateTime zoned) {
      return new Period<>(
          window.getStart().atZone(zoned.getZone()), window.getEnd().atZone(zoned.getZone()));
    }
    if (start instanceof OffsetDateTime) {
      return new Period<>(from.toOffsetDateTime(), to.toOffsetDateTime());
    }
    return new Period<>(window.getStart(), window.getEnd());
  }

  private static boolean free(VEvent event) {
    Optional<Transp> transparency = event.getTransparency();
    if (transparency.isPresent() && "TRANSPARENT".equalsIgnoreCase(transparency.get().getValue())) {
      return true;
    }
    Optional<Status> status = event.getProperty(Property.STATUS);
    return status.isPresent() && "CANCELLED".equalsIgnoreCase(status.get().getValue());
  }

  static Instant instant(Temporal temporal, ZoneId zone) {
    if (temporal instanceof Instant instant) {
      return instant;
    }
    if (temporal instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (temporal instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (temporal instanceof LocalDateTime local) {
      return local.atZone(zone).toInstant();
    }
    if (temporal instanceof LocalDate date) {
      return date.atStartOfDay(zone).toInstant();
    }
    throw new IllegalArgumentException("not a date or time: " + temporal);
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
