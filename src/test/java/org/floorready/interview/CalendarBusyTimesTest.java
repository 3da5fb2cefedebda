package org.floorready.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.floorready.interview.control.CalendarBusyTimes;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class CalendarBusyTimesTest {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final Interval MARCH =
      Interval.of(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-21T00:00:00Z"));

  static String calendar(String... events) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        + String.join("", events)
        + "END:VCALENDAR\r\n";
  }

  static List<String> read(String ics) throws Exception {
    return CalendarBusyTimes.read(ics, MARCH, CHICAGO).stream()
        .map(Interval::toString)
        .sorted()
        .toList();
  }

  @Test
  void aWeeklyMeetingIsExpandedAcrossTheDaylightSavingChangeWithItsExceptions() throws Exception {
    String ics =
        calendar(
            "BEGIN:VEVENT\r\nUID:standup-1\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART;TZID=America/Chicago:20260302T100000\r\n"
                + "DTEND;TZID=America/Chicago:20260302T110000\r\n"
                + "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3\r\n"
                + "EXDATE;TZID=America/Chicago:20260316T100000\r\n"
                + "SUMMARY:Team huddle\r\nEND:VEVENT\r\n",
            // the occurrence of 9 March moved to the afternoon
            "BEGIN:VEVENT\r\nUID:standup-1\r\nDTSTAMP:20260101T000000Z\r\n"
                + "RECURRENCE-ID;TZID=America/Chicago:20260309T100000\r\n"
                + "DTSTART;TZID=America/Chicago:20260309T150000\r\n"
                + "DTEND;TZID=America/Chicago:20260309T153000\r\n"
                + "SUMMARY:Team huddle (moved)\r\nEND:VEVENT\r\n");
    // 10:00 CST is 16:00Z; after 8 March, 15:00 CDT is 20:00Z; the 16th is excluded
    assertThat(read(ics))
        .containsExactly(
            "2026-03-02T16:00:00Z/2026-03-02T17:00:00Z",
            "2026-03-09T20:00:00Z/2026-03-09T20:30:00Z");
  }

  @Test
  void freeCancelledAndAllDayEventsAreReadAsPeopleMeanThem() throws Exception {
    String ics =
        calendar(
            "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART;VALUE=DATE:20260305\r\nDTEND;VALUE=DATE:20260306\r\n"
                + "SUMMARY:Out of office\r\nEND:VEVENT\r\n",
            "BEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART:20260304T150000Z\r\nDTEND:20260304T160000Z\r\n"
                + "TRANSP:TRANSPARENT\r\nSUMMARY:Focus time (free)\r\nEND:VEVENT\r\n",
            "BEGIN:VEVENT\r\nUID:c\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART:20260304T170000Z\r\nDTEND:20260304T180000Z\r\n"
                + "STATUS:CANCELLED\r\nSUMMARY:Called off\r\nEND:VEVENT\r\n",
            "BEGIN:VEVENT\r\nUID:d\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART:20260304T190000Z\r\nDTEND:20260304T193000Z\r\n"
                + "SUMMARY:1:1\r\nEND:VEVENT\r\n",
            "BEGIN:VEVENT\r\nUID:e\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART:20250304T190000Z\r\nDTEND:20250304T193000Z\r\n"
                + "SUMMARY:last year\r\nEND:VEVENT\r\n");
    assertThat(read(ics))
        .containsExactly(
            "2026-03-04T19:00:00Z/2026-03-04T19:30:00Z",
            // midnight to midnight in Chicago (CST)
            "2026-03-05T06:00:00Z/2026-03-06T06:00:00Z");
  }

  @Test
  void brokenDocumentsAreRefusedWithAReasonNotAnException() {
    for (String broken :
        List.of(
            "",
            "<html>Sign in to Outlook</html>",
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026XX04\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n",
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:r\r\nDTSTART:20260304T190000Z\r\n"
                + "DTEND:20260304T193000Z\r\nRRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")) {
      assertThatThrownBy(() -> CalendarBusyTimes.read(broken, MARCH, CHICAGO))
          .isInstanceOf(CalendarBusyTimes.Unreadable.class);
    }
  }
}
