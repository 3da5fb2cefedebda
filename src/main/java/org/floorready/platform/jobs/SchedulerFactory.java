package org.floorready.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import javax.sql.DataSource;

/**
 * Builds the database-backed scheduler (db-scheduler): every node polls the same {@code
 * scheduled_tasks} table and claims an execution with an optimistic update, so one execution runs
 * on exactly one node, and a node that dies mid-execution is detected by its missing heartbeat and
 * its work picked up again.
 */
public final class SchedulerFactory {
  /**
   * How long a stopping node lets its running executions finish (a parse round of up to 20 resumes)
   * before it hands them back.
   */
  static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

  private SchedulerFactory() {}

  public static Scheduler build(
      DataSource dataSource,
      List<Task<?>> tasks,
      ThreadFactory threadFactory,
      int threads,
      Duration pollingInterval,
      String nodeName) {
    List<RecurringTask<?>> recurring =
        tasks.stream()
            .filter(RecurringTask.class::isInstance)
            .<RecurringTask<?>>map(task -> (RecurringTask<?>) task)
            .toList();
    List<Task<?>> oneOff = tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
    return Scheduler.create(dataSource, oneOff)
        .startTasks(recurring)
        .threads(threads)
        .executorService(Executors.newFixedThreadPool(threads, threadFactory))
        .dueExecutor(Executors.newSingleThreadExecutor(threadFactory))
        .housekeeperExecutor(Executors.newSingleThreadScheduledExecutor(threadFactory))
        .pollingInterval(pollingInterval)
        // a node that died mid-execution is noticed after 4 missed heartbeats (20 s), not
        // db-scheduler's
        // default 3 minutes: the parse queue and the mail relay must not wait that long after a
        // crash
        .heartbeatInterval(Duration.ofSeconds(5))
        .missedHeartbeatsLimit(4)
        .schedulerName(new SchedulerName.Fixed(nodeName))
        .shutdownMaxWait(SHUTDOWN_WAIT)
        .enableImmediateExecution()
        .build();
  }
}
