package org.floorready.notification.boundary;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.notification.control.SmtpSettings;

/**
 * The background job that empties the outbox. It is a recurring db-scheduler task, so only one node
 * relays at a time; without SMTP settings it leaves everything queued.
 */
@ApplicationScoped
public class MailRelay {
  private static final Logger LOG = Logger.getLogger(MailRelay.class.getName());
  private static final int BATCH = 50;

  @Inject Outbox outbox;
  @Inject SmtpSettings smtp;

  @Inject
  @ConfigProperty(name = "floorready.mail.poll-seconds")
  int pollSeconds;

  @Produces
  Task<Void> relayTask() {
    return Tasks.recurring("mail-relay", FixedDelay.ofSeconds(pollSeconds))
        .execute((instance, context) -> relayDue());
  }

  public void relayDue() {
    if (!smtp.configured()) {
      return;
    }
    for (Long id : outbox.dueIds(BATCH)) {
      try {
        outbox.deliver(id);
      } catch (RuntimeException e) {
        LOG.warning(() -> "Outbox message " + id + " could not be processed: " + e);
      }
    }
  }
}
