package org.floorready.interview.boundary;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Instant;
import org.floorready.interview.control.ReminderPlan;
import org.floorready.interview.entity.InterviewBooked;
import org.floorready.platform.jobs.Jobs;

/**
 * Reminders as db-scheduler one-time executions, one per reminder key: every node polls the same
 * table and one claims each execution, so a reminder goes out once even with several nodes. They
 * are planned once the booking commits; a reminder that no longer stands when due is dropped.
 */
@ApplicationScoped
public class InterviewReminders {
  static final TaskDescriptor<Void> TASK = TaskDescriptor.of("interview-reminder");

  @Inject Jobs jobs;
  @Inject ReminderMails mails;

  @Produces
  Task<Void> reminderTask() {
    return Tasks.oneTime(TASK).execute((instance, context) -> mails.send(instance.getId()));
  }

  void plan(@Observes(during = TransactionPhase.AFTER_SUCCESS) InterviewBooked booked) {
    for (ReminderPlan.Reminder reminder :
        ReminderPlan.plan(
            booked.interviewId(),
            booked.sequence(),
            booked.start(),
            booked.end(),
            booked.reminderMinutes(),
            Instant.now())) {
      jobs.client().scheduleIfNotExists(TASK.instance(reminder.key()).scheduledTo(reminder.due()));
    }
  }
}
