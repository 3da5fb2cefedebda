package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.application.entity.Application;
import org.floorready.interview.control.ItipMessages;
import org.floorready.interview.entity.Interview;
import org.floorready.interview.entity.Response;
import org.floorready.interview.entity.Seat;
import org.floorready.notification.boundary.Outbox;
import org.floorready.notification.entity.MailMessage;
import org.floorready.security.entity.AppUser;

/**
 * Sends an interview's iTIP messages through the outbox, one mail per person, each with the time in
 * their own zone and the candidate's, and the same calendar for all: as the text/calendar
 * alternative calendars act on and as invite.ics.
 */
@ApplicationScoped
public class InterviewInvites {
  static final String PURPOSE = "interview-invite";

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "floorready.mail.from")
  String from;

  /** The part after @ of the scheduling address: interview UIDs end with it. */
  String domain() {
    String address = organizer().email();
    return address.substring(address.indexOf('@') + 1);
  }

  ItipMessages.Person organizer() {
    try {
      InternetAddress address = new InternetAddress(from);
      return new ItipMessages.Person(
          address.getPersonal() == null ? "FloorReady" : address.getPersonal(),
          address.getAddress(),
          Response.ACCEPTED);
    } catch (AddressException e) {
      throw new IllegalStateException("floorready.mail.from is not an address: " + from, e);
    }
  }

  void request(Interview interview, Application application) {
    String ics = ItipMessages.request(event(interview, application));
    for (Recipient recipient : recipients(interview, application)) {
      send(interview, application, recipient, "REQUEST", ics);
    }
  }

  void cancel(Interview interview, Application application) {
    String ics = ItipMessages.cancel(event(interview, application));
    for (Recipient recipient : recipients(interview, application)) {
      send(interview, application, recipient, "CANCEL", ics);
    }
  }

  /** Tells interviewers taken off a moved interview that it is off their calendar. */
  void cancelFor(Interview interview, Application application, Collection<Long> removed) {
    if (removed.isEmpty()) {
      return;
    }
    String ics = ItipMessages.cancel(event(interview, application));
    for (Long id : removed) {
      AppUser user = em.find(AppUser.class, id);
      if (user != null) {
        send(
            interview,
            application,
            new Recipient(user.displayName(), user.email(), InterviewView.zoneOf(user)),
            "CANCEL",
            ics);
      }
    }
  }

  private record Recipient(String name, String email, ZoneId zone) {}

  private List<Recipient> recipients(Interview interview, Application application) {
    List<Recipient> all = new ArrayList<>();
    if (application.candidate().primaryEmail() != null) {
      all.add(
          new Recipient(
              application.candidate().fullName(),
              application.candidate().primaryEmail(),
              ZoneId.of(interview.candidateZone())));
    }
    for (Seat seat : interview.seatList()) {
      AppUser user = em.find(AppUser.class, seat.userId());
      if (user != null) {
        all.add(new Recipient(user.displayName(), user.email(), InterviewView.zoneOf(user)));
      }
    }
    return all;
  }

  ItipMessages.Event event(Interview interview, Application application) {
    List<ItipMessages.Person> attendees = new ArrayList<>();
    if (application.candidate().primaryEmail() != null) {
      attendees.add(
          new ItipMessages.Person(
              application.candidate().fullName(),
              application.candidate().primaryEmail(),
              interview.candidateResponse()));
    }
    for (Seat seat : interview.seatList()) {
      AppUser user = em.find(AppUser.class, seat.userId());
      if (user != null) {
        attendees.add(new ItipMessages.Person(user.displayName(), user.email(), seat.response()));
      }
    }
    return new ItipMessages.Event(
        interview.icalUid(),
        interview.icalSequence(),
        interview.when(),
        interview.kind().label() + ": " + application.candidate().fullName(),
        application.requisition().title(),
        interview.location(),
        organizer(),
        attendees,
        Instant.now());
  }

  private void send(
      Interview interview, Application application, Recipient to, String method, String ics) {
    boolean cancel = method.equals("CANCEL");
    String what = interview.kind().label() + " for " + application.requisition().title();
    String subject =
        (cancel ? "Cancelled: " : interview.icalSequence() > 0 ? "Moved: " : "Invitation: ") + what;
    String yourTime =
        LocalTimes.range(interview.when().getStart(), interview.when().getEnd(), to.zone());
    String candidateTime =
        LocalTimes.range(
            interview.when().getStart(),
            interview.when().getEnd(),
            ZoneId.of(interview.candidateZone()));
    StringBuilder text = new StringBuilder();
    text.append("Hello ").append(to.name()).append(",\n\n");
    text.append(cancel ? "This interview is cancelled:\n" : "You are invited to this interview:\n");
    text.append(what).append(" with ").append(application.candidate().fullName()).append("\n\n");
    text.append("Your time: ").append(yourTime).append("\n");
    text.append("Candidate's time: ").append(candidateTime).append("\n");
    if (interview.location() != null && !interview.location().isBlank()) {
      text.append("Where: ").append(interview.location()).append("\n");
    }
    text.append("\nYour calendar can add it from the attached invitation.\n");
    String html =
        "<p>"
            + org.apache.commons.text.StringEscapeUtils.escapeHtml4(text.toString())
                .replace("\n\n", "</p><p>")
                .replace("\n", "<br>")
            + "</p>";
    outbox.enqueue(
        new MailMessage(
            List.of(to.email()),
            subject,
            text.toString(),
            html,
            List.of(
                new MailMessage.Attachment(
                    "invite.ics",
                    "text/calendar; method=" + method + "; charset=UTF-8",
                    ics.getBytes(StandardCharsets.UTF_8))),
            PURPOSE,
            "Application",
            String.valueOf(application.id()),
            null));
  }
}
