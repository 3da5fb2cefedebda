package org.floorready.security.boundary;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.floorready.platform.database.RateCounter;

/**
 * Keeps the shared sign-in tables small: every 15 minutes, on one node of the cluster (a
 * db-scheduler recurring task), removes sessions past their idle or absolute end, rate-limit
 * windows that ended more than a day ago (the longest window is an hour) and password-reset links
 * expired for a day.
 */
@ApplicationScoped
public class ExpiredSignInRecords {
  private static final Logger LOG = Logger.getLogger(ExpiredSignInRecords.class.getName());

  static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

  @PersistenceContext EntityManager em;
  @Inject Sessions sessions;
  @Inject RateCounter counter;

  @Produces
  Task<Void> purgeTask() {
    return Tasks.recurring("sign-in-records-purge", FixedDelay.ofMinutes(15))
        .execute((instance, context) -> purge(Instant.now()));
  }

  /** Removes what expired; answers how many rows went. */
  @ActivateRequestContext
  @Transactional
  public int purge(Instant now) {
    int ended = sessions.purgeExpired(now);
    int windows = counter.forgetBefore(now.minus(KEPT_AFTER_EXPIRY));
    int links =
        em.createQuery("delete from PasswordResetLink l where l.expiresAt < :before")
            .setParameter("before", now.minus(KEPT_AFTER_EXPIRY))
            .executeUpdate();
    int total = ended + windows + links;
    if (total > 0) {
      LOG.info(
          () ->
              "Purged "
                  + ended
                  + " ended session(s), "
                  + windows
                  + " rate-limit window(s), "
                  + links
                  + " expired reset link(s)");
    }
    return total;
  }
}
