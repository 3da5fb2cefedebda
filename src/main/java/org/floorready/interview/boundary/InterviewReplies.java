package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.floorready.interview.control.CalendarBusyTimes;
import org.floorready.interview.control.ItipMessages;
import org.floorready.interview.entity.Interview;
import org.floorready.platform.InvalidInput;
import org.floorready.security.entity.AppUser;

/**
 * Attendees' iTIP REPLYs: each answer is matched by the interview's UID and the attendee's address
 * (an interviewer's sign-in address, or the candidate's); an answer to an older SEQUENCE than the
 * interview's is stale and ignored.
 */
@ApplicationScoped
@Transactional
public class InterviewReplies {
  @PersistenceContext EntityManager em;

  /** How the answers of one REPLY went. */
  public record ReplyOutcome(int applied, int ignored) {}

  public ReplyOutcome apply(String calendar) {
    if (calendar == null || calendar.isBlank()) {
      throw new InvalidInput("body", "must be an iCalendar REPLY");
    }
    java.util.List<ItipMessages.Reply> answers;
    try {
      answers = ItipMessages.replies(calendar);
    } catch (CalendarBusyTimes.Unreadable e) {
      throw new InvalidInput("body", e.getMessage());
    }
    int applied = 0;
    for (ItipMessages.Reply answer : answers) {
      Interview interview =
          em.createQuery("select i from Interview i where i.icalUid = :uid", Interview.class)
              .setParameter("uid", answer.uid())
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (interview == null || answer.sequence() < interview.icalSequence()) {
        continue;
      }
      if (answered(interview, answer)) {
        applied++;
      }
    }
    return new ReplyOutcome(applied, answers.size() - applied);
  }

  private boolean answered(Interview interview, ItipMessages.Reply answer) {
    AppUser user =
        em.createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
            .setParameter("email", answer.email().toLowerCase(Locale.ROOT))
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (user != null && interview.answer(user.id(), answer.response())) {
      return true;
    }
    var application =
        em.find(org.floorready.application.entity.Application.class, interview.applicationId());
    if (application != null && application.candidate().emails().contains(answer.email())) {
      interview.candidateAnswered(answer.response());
      return true;
    }
    return false;
  }
}
