package org.floorready.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.platform.database.DatabaseMigration;

/**
 * Background work for all features (mail relay, parse queue, reminders): each feature produces its
 * db-scheduler {@link Task}s as CDI beans; this starts one scheduler per node over them.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class Jobs {
  private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @Resource ManagedThreadFactory threadFactory;

  @Inject @Any Instance<Task<?>> tasks;

  @Inject
  @ConfigProperty(name = "floorready.jobs.threads")
  int threads;

  @Inject
  @ConfigProperty(name = "floorready.jobs.poll-ms", defaultValue = "2000")
  long pollMillis;

  private Scheduler scheduler;

  @PostConstruct
  void start() {
    List<Task<?>> all = tasks.stream().<Task<?>>map(task -> task).toList();
    scheduler =
        SchedulerFactory.build(
            dataSource, all, threadFactory, threads, Duration.ofMillis(pollMillis), nodeName());
    scheduler.start();
    LOG.info(() -> "Background jobs started: " + all.stream().map(Task::getName).toList());
  }

  /**
   * Stops taking background work: the executions under way get up to the scheduler's shutdown wait
   * to finish, and what is not done by then is handed back (another node picks it up once this
   * node's heartbeat stops). Called when the node drains, and again, harmlessly, on undeploy.
   */
  @PreDestroy
  public void stop() {
    if (scheduler != null && !scheduler.getSchedulerState().isShuttingDown()) {
      scheduler.stop();
    }
  }

  public SchedulerClient client() {
    return scheduler;
  }

  private static String nodeName() {
    try {
      return InetAddress.getLocalHost().getHostName()
          + "-"
          + UUID.randomUUID().toString().substring(0, 8);
    } catch (Exception e) {
      return "node-" + UUID.randomUUID().toString().substring(0, 8);
    }
  }
}
