package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import org.floorready.application.entity.Application;
import org.floorready.interview.control.ReminderPlan;
import org.floorready.interview.entity.Interview;
import org.floorready.interview.entity.InterviewStatus;
import org.floorready.interview.entity.Scorecard;
import org.floorready.interview.entity.Seat;
import org.floorready.notification.boundary.Outbox;
import org.floorready.notification.entity.MailMessage;
import org.floorready.security.entity.AppUser;

/**
 * Writes a due reminder into the outbox, in one transaction with nothing else: if anything fails,
 * db-scheduler runs it again and no mail has gone twice.
 */
@ApplicationScoped
public class ReminderMails {
  static final String PURPOSE = "interview-reminder";

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;

  @ActivateRequestContext
  @Transactional
  public void send(String key) {
    ReminderPlan.Key reminder;
    try {
      reminder = ReminderPlan.parse(key);
    } catch (IllegalArgumentException e) {
      return;
    }
    Interview interview = em.find(Interview.class, reminder.interviewId());
    if (interview == null) {
      return;
    }
    boolean scheduled = interview.status() == InterviewStatus.SCHEDULED;
    if (!ReminderPlan.stillStands(reminder, interview.icalSequence(), scheduled)) {
      return;
    }
    Application application = em.find(Application.class, interview.applicationId());
    String what =
        interview.kind().label()
            + " with "
            + application.candidate().fullName()
            + " for "
            + application.requisition().title();
    if (reminder.scorecard()) {
      List<Long> submitted =
          em.createNamedQuery(Scorecard.BY_INTERVIEW, Scorecard.class)
              .setParameter("interview", interview.id())
              .getResultStream()
              .map(Scorecard::interviewerId)
              .toList();
      for (Seat seat : interview.seatList()) {
        AppUser user = em.find(AppUser.class, seat.userId());
        if (user != null && !submitted.contains(user.id())) {
          mail(
              user.email(),
              "Scorecard due: " + what,
              "Hello "
                  + user.displayName()
                  + ",\n\nThe "
                  + what
                  + " has ended. Please fill in your scorecard while it is fresh:"
                  + " open the application in FloorReady.\n",
              application);
        }
      }
      return;
    }
    String when =
        reminder.minutesBefore() >= 120
            ? reminder.minutesBefore() / 60 + " hours"
            : reminder.minutesBefore() + " minutes";
    mail(
        application.candidate().primaryEmail(),
        "Reminder: your " + interview.kind().label().toLowerCase() + " in " + when,
        "Hello "
            + application.candidate().fullName()
            + ",\n\nA reminder of your "
            + interview.kind().label().toLowerCase()
            + " for "
            + application.requisition().title()
            + ":\n"
            + LocalTimes.range(
                interview.when().getStart(),
                interview.when().getEnd(),
                ZoneId.of(interview.candidateZone()))
            + (interview.location() == null ? "" : "\nWhere: " + interview.location())
            + "\n",
        application);
    for (Seat seat : interview.seatList()) {
      AppUser user = em.find(AppUser.class, seat.userId());
      if (user != null) {
        mail(
            user.email(),
            "Reminder: " + what + " in " + when,
            "Hello "
                + user.displayName()
                + ",\n\nA reminder of the "
                + what
                + ":\n"
                + LocalTimes.range(
                    interview.when().getStart(),
                    interview.when().getEnd(),
                    InterviewView.zoneOf(user))
                + "\nCandidate's time: "
                + LocalTimes.range(
                    interview.when().getStart(),
                    interview.when().getEnd(),
                    ZoneId.of(interview.candidateZone()))
                + "\n",
            application);
      }
    }
  }

  private void mail(String to, String subject, String text, Application application) {
    outbox.enqueue(
        MailMessage.plain(to, subject, text, PURPOSE)
            .about("Application", String.valueOf(application.id())));
  }
}
