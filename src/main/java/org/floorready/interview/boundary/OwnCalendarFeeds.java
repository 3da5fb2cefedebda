package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.floorready.interview.control.CalendarFeedContributor;
import org.floorready.interview.control.ItipMessages;
import org.floorready.interview.entity.InterviewerCalendar;
import org.floorready.security.control.SecretTokens;
import org.threeten.extra.Interval;

/** A person's own feed, found by the secret in its address: 30 days back, 90 ahead. */
@ApplicationScoped
@Transactional
public class OwnCalendarFeeds {
  @PersistenceContext EntityManager em;
  @Inject @Any Instance<CalendarFeedContributor> contributors;

  public Optional<String> feed(String token) {
    if (token == null
        || !token.startsWith(Availability.FEED_TOKEN_PREFIX)
        || token.length() > 100) {
      return Optional.empty();
    }
    Optional<InterviewerCalendar> calendar =
        em.createQuery(
                "select c from InterviewerCalendar c where c.feedTokenHash = :hash",
                InterviewerCalendar.class)
            .setParameter("hash", SecretTokens.hash(token))
            .getResultStream()
            .findFirst();
    if (calendar.isEmpty()) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    Interval window = Interval.of(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(90)));
    List<ItipMessages.Event> events = new ArrayList<>();
    for (CalendarFeedContributor contributor : contributors) {
      events.addAll(contributor.eventsFor(calendar.get().userId(), window));
    }
    return Optional.of(ItipMessages.publish(events));
  }
}
