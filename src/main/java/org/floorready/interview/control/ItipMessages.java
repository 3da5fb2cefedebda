package org.floorready.interview.control;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.floorready.interview.entity.Response;
import org.threeten.extra.Interval;

/**
 * iTIP (RFC 5546) messages about interviews, built and read with ical4j: REQUEST (a new or changed
 * interview), CANCEL, PUBLISH (an interviewer's own feed), and the REPLY an attendee's calendar
 * sends back. Times are written in UTC, so no calendar can show them at the wrong hour.
 */
public final class ItipMessages {
  static final String PRODUCT = "-//FloorReady//Interviews//EN";

  private ItipMessages() {}

  public record Person(String name, String email, Response response) {}

  /** One interview as a calendar event. */
  public record Event(
      String uid,
      int sequence,
      Interval when,
      String summary,
      String description,
      String location,
      Person organizer,
      List<Person> attendees,
      Instant stamp) {}

  /** An attendee's answer read from a REPLY. */
  public record Reply(String uid, int sequence, String email, Response response) {}

  public static String request(Event event) {
    return calendar(ImmutableMethod.REQUEST, List.of(vevent(event, false))).toString();
  }

  public static String cancel(Event event) {
    return calendar(ImmutableMethod.CANCEL, List.of(vevent(event, true))).toString();
  }

  /** A feed of events (an interviewer's calendar address), without attendees' answers asked for. */
  public static String publish(List<Event> events) {
    List<VEvent> all = new ArrayList<>();
    for (Event event : events) {
      all.add(vevent(event, false));
    }
    return calendar(ImmutableMethod.PUBLISH, all).toString();
  }

  private static Calendar calendar(Method method, List<VEvent> events) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(method);
    events.forEach(calendar::add);
    return calendar;
  }

  private static VEvent vevent(Event event, boolean cancelled) {
    VEvent vevent = new VEvent(event.when().getStart(), event.when().getEnd(), event.summary());
    vevent.add(new Uid(event.uid()));
    vevent.add(new Sequence(event.sequence()));
    vevent.add(new DtStamp(event.stamp()));
    vevent.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    if (event.description() != null) {
      vevent.add(new Description(event.description()));
    }
    if (event.location() != null && !event.location().isBlank()) {
      vevent.add(new Location(event.location()));
    }
    Organizer organizer = new Organizer(mailto(event.organizer().email()));
    organizer.add(new Cn(event.organizer().name()));
    vevent.add(organizer);
    for (Person person : event.attendees()) {
      Attendee attendee = new Attendee(mailto(person.email()));
      attendee.add(new Cn(person.name()));
      attendee.add(Role.REQ_PARTICIPANT);
      attendee.add(new PartStat(person.response().partstat()));
      attendee.add(Rsvp.TRUE);
      vevent.add(attendee);
    }
    return vevent;
  }

  private static URI mailto(String email) {
    return URI.create("mailto:" + email);
  }

  /** The answers in an iTIP REPLY; refused when the document is not one. */
  public static List<Reply> replies(String ics) throws CalendarBusyTimes.Unreadable {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(ics));
    } catch (IOException | ParserException | RuntimeException e) {
      throw new CalendarBusyTimes.Unreadable("not a readable iCalendar document", e);
    }
    Optional<Method> method = calendar.getProperty(Property.METHOD);
    if (method.isEmpty() || !"REPLY".equalsIgnoreCase(method.get().getValue())) {
      throw new CalendarBusyTimes.Unreadable("not an iTIP REPLY (METHOD:REPLY)", null);
    }
    List<Reply> replies = new ArrayList<>();
    for (VEvent event : calendar.<VEvent>getComponents(VEvent.VEVENT)) {
      Optional<Uid> uid = event.getUid();
      Optional<Sequence> sequence = event.getProperty(Property.SEQUENCE);
      for (Attendee attendee : event.<Attendee>getProperties(Property.ATTENDEE)) {
        Optional<PartStat> partstat = attendee.getParameter(Parameter.PARTSTAT);
        Optional<Response> response = partstat.flatMap(p -> Response.ofPartstat(p.getValue()));
        String address = attendee.getValue();
        if (uid.isPresent()
            && response.isPresent()
            && address.regionMatches(true, 0, "mailto:", 0, 7)) {
          replies.add(
              new Reply(
                  uid.get().getValue(),
                  sequence.map(Sequence::getSequenceNo).orElse(0),
                  address.substring(7).toLowerCase(Locale.ROOT),
                  response.get()));
        }
      }
    }
    return replies;
  }
}
