package org.floorready.interview.boundary;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.interview.control.CalDavQuery;
import org.floorready.interview.control.CalendarBusyTimes;
import org.floorready.interview.control.CalendarReader;
import org.floorready.interview.control.CalendarSource;
import org.threeten.extra.Interval;

/**
 * Reads interviewers' calendar addresses on one node of the cluster (a db-scheduler recurring
 * task): a new address at the next poll, the others every {@code refresh-minutes}. A good read
 * replaces the person's calendar busy times over the next 60 days; a failed one keeps them and says
 * why on the person's availability.
 */
@ApplicationScoped
public class CalendarFeeds {
  private static final Logger LOG = Logger.getLogger(CalendarFeeds.class.getName());
  static final Duration AHEAD = Duration.ofDays(60);
  static final int MAX_EVENTS = 5000;

  @Inject CalendarCopies copies;
  @Inject CalendarReader reader;

  @Inject
  @ConfigProperty(name = "floorready.calendar.poll-seconds")
  long pollSeconds;

  @Inject
  @ConfigProperty(name = "floorready.calendar.refresh-minutes")
  long refreshMinutes;

  @Produces
  Task<Void> readFeedsTask() {
    return Tasks.recurring("calendar-feeds", FixedDelay.ofSeconds((int) pollSeconds))
        .execute((instance, context) -> readDue(Instant.now()));
  }

  /** Reads every address that is new or due; answers how many were read. */
  @ActivateRequestContext
  public int readDue(Instant now) {
    List<Long> due = copies.due(now, Duration.ofMinutes(refreshMinutes));
    for (Long userId : due) {
      read(userId, now);
    }
    return due.size();
  }

  /** Reads one person's address (outside any transaction: the fetch may take seconds). */
  public void read(long userId, Instant now) {
    CalendarCopies.Target target = copies.target(userId);
    if (target == null) {
      return;
    }
    Interval window = Interval.of(now.minus(Duration.ofDays(1)), now.plus(AHEAD));
    try {
      CalendarSource source = CalendarSource.of(target.address());
      List<Interval> busy = new java.util.ArrayList<>();
      if (source.kind() == CalendarSource.Kind.CALDAV) {
        String answer =
            reader.send(
                CalDavQuery.collection(source.url()),
                CalDavQuery.request(window, source.user(), source.password()),
                0);
        for (String calendar : CalDavQuery.calendars(answer)) {
          busy.addAll(CalendarBusyTimes.read(calendar, window, target.zone()));
        }
      } else {
        busy.addAll(CalendarBusyTimes.read(reader.fetch(source.url()), window, target.zone()));
      }
      if (busy.size() > MAX_EVENTS) {
        throw new CalendarReader.Unavailable(
            "the calendar has more than " + MAX_EVENTS + " events in the next 60 days");
      }
      copies.store(userId, target.sealedAddress(), busy, now);
    } catch (CalendarReader.Unavailable | CalendarBusyTimes.Unreadable e) {
      LOG.info(() -> "Calendar of user " + userId + " not read: " + e.getMessage());
      copies.failed(userId, target.sealedAddress(), e.getMessage(), now);
    }
  }
}
