package org.floorready.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.floorready.interview.control.CalendarBusyTimes;
import org.floorready.interview.control.ItipMessages;
import org.floorready.interview.entity.Response;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class ItipMessagesTest {
  static final ItipMessages.Event EVENT =
      new ItipMessages.Event(
          "abc-123@floorready.test",
          2,
          Interval.of(Instant.parse("2026-03-09T15:00:00Z"), Instant.parse("2026-03-09T15:45:00Z")),
          "Phone screen: Dana Diaz",
          "Licensed P&C Sales Agent",
          "https://meet.example.com/abc",
          new ItipMessages.Person("FloorReady", "interviews@floorready.test", Response.ACCEPTED),
          List.of(
              new ItipMessages.Person("Dana Diaz", "dana@example.com", Response.NEEDS_ACTION),
              new ItipMessages.Person("Ivy Interviewer", "ivy@example.com", Response.ACCEPTED)),
          Instant.parse("2026-03-01T12:00:00Z"));

  @Test
  void aRequestIsValidItipWithUtcTimesAndEveryAttendee() throws Exception {
    String ics = ItipMessages.request(EVENT);
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    calendar.validate();
    assertThat(ics)
        .contains("METHOD:REQUEST")
        .contains("UID:abc-123@floorready.test")
        .contains("SEQUENCE:2")
        .contains("DTSTART:20260309T150000Z")
        .contains("DTEND:20260309T154500Z")
        .contains("STATUS:CONFIRMED")
        .contains("ORGANIZER;CN=FloorReady:mailto:interviews@floorready.test");
    VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
    assertThat(event.<net.fortuna.ical4j.model.Property>getProperties("ATTENDEE"))
        .extracting(p -> p.getValue() + " " + p.getParameter("PARTSTAT").get().getValue())
        .containsExactly("mailto:dana@example.com NEEDS-ACTION", "mailto:ivy@example.com ACCEPTED");
  }

  @Test
  void aCancelKeepsTheUidAndSaysCancelled() throws Exception {
    String ics = ItipMessages.cancel(EVENT);
    new CalendarBuilder().build(new StringReader(ics)).validate();
    assertThat(ics)
        .contains("METHOD:CANCEL")
        .contains("UID:abc-123@floorready.test")
        .contains("STATUS:CANCELLED");
  }

  @Test
  void aReplyGivesEachAttendeesAnswerAndAnythingElseIsRefused() throws Exception {
    String reply =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
            + "METHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:abc-123@floorready.test\r\nSEQUENCE:2\r\n"
            + "DTSTAMP:20260302T120000Z\r\nDTSTART:20260309T150000Z\r\n"
            + "ATTENDEE;PARTSTAT=DECLINED;CN=Ivy:mailto:IVY@example.com\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n";
    assertThat(ItipMessages.replies(reply))
        .containsExactly(
            new ItipMessages.Reply(
                "abc-123@floorready.test", 2, "ivy@example.com", Response.DECLINED));
    assertThatThrownBy(() -> ItipMessages.replies(ItipMessages.request(EVENT)))
        .isInstanceOf(CalendarBusyTimes.Unreadable.class);
    assertThatThrownBy(() -> ItipMessages.replies("not a calendar"))
        .isInstanceOf(CalendarBusyTimes.Unreadable.class);
  }
}
