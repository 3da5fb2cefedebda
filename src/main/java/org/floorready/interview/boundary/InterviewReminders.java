package org.floorready.interview.boundary;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.floorready.interview.control.ReminderPlan;
import org.floorready.interview.entity.Interview;
import org.floorready.platform.database.DatabaseMigration;

/**
 * Reminders as db-scheduler one-time executions, one per reminder key: every node polls the same
 * table and one claims each execution, so a reminder goes out once even with several nodes. They
 * are planned in the booking's transaction; a reminder that no longer stands when due is dropped.
 */
@ApplicationScoped
public class InterviewReminders {
  static final TaskDescriptor<Void> TASK = TaskDescriptor.of("interview-reminder");

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @Inject ReminderMails mails;

  private SchedulerClient client;

  @Produces
  Task<Void> reminderTask() {
    return Tasks.oneTime(TASK).execute((instance, context) -> mails.send(instance.getId()));
  }

  /**
   * Plans the reminders of a booked or moved interview in the booking's own transaction: the
   * executions are rows of the scheduler's table, written on the same connection, so they exist
   * exactly when the booking does.
   */
  void plan(Interview interview, List<Long> minutesBefore) {
    for (ReminderPlan.Reminder reminder :
        ReminderPlan.plan(
            interview.id(),
            interview.icalSequence(),
            interview.when().getStart(),
            interview.when().getEnd(),
            minutesBefore,
            Instant.now())) {
      client().scheduleIfNotExists(TASK.instance(reminder.key()).scheduledTo(reminder.due()));
    }
  }

  /**
   * A client on the scheduler's table of its own, on the application's data source: inside a
   * transaction its statements join it. Bookings also happen before the node's scheduler has
   * started (demo data is seeded while the database is being readied).
   */
  private synchronized SchedulerClient client() {
    if (client == null) {
      client = SchedulerClient.Builder.create(dataSource).build();
    }
    return client;
  }
}
