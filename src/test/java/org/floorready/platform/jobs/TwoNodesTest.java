package org.floorready.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two FloorReady nodes on one database never run the same job twice: two schedulers built exactly
 * as in production share one database; every one-off execution runs on exactly one of them.
 */
class TwoNodesTest {

  static Stream<Arguments> databases() {
    String pg = System.getProperty("floorready.test.pg.url");
    return pg == null || pg.isBlank()
        ? Stream.of(Arguments.of("h2", null))
        : Stream.of(Arguments.of("h2", null), Arguments.of("postgresql", pg));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void eachExecutionRunsOnExactlyOneNode(String kind, String pgUrl) throws Exception {
    DataSource dataSource = kind.equals("h2") ? h2() : postgres(pgUrl);
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + kind)
        .load()
        .migrate();

    Map<String, String> ranOn = new ConcurrentHashMap<>();
    List<String> duplicates = new CopyOnWriteArrayList<>();
    OneTimeTask<Void> work =
        Tasks.oneTime("two-node-work")
            .execute(
                (instance, context) -> {
                  if (ranOn.putIfAbsent(instance.getId(), Thread.currentThread().getName())
                      != null) {
                    duplicates.add(instance.getId());
                  }
                  sleep(60);
                });
    List<Task<?>> tasks = List.of(work);
    Scheduler first =
        SchedulerFactory.build(
            dataSource,
            tasks,
            Executors.defaultThreadFactory(),
            2,
            Duration.ofMillis(100),
            "node-a");
    Scheduler second =
        SchedulerFactory.build(
            dataSource,
            tasks,
            Executors.defaultThreadFactory(),
            2,
            Duration.ofMillis(100),
            "node-b");
    first.start();
    second.start();
    try {
      SchedulerClient client = SchedulerClient.Builder.create(dataSource, tasks).build();
      for (int i = 0; i < 40; i++) {
        client.scheduleIfNotExists(work.instance("job-" + i), Instant.now());
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> ranOn.size() == 40 && client.getScheduledExecutions().isEmpty());
      sleep(500);
    } finally {
      first.stop();
      second.stop();
    }
    assertThat(duplicates).isEmpty();
    assertThat(ranOn).hasSize(40);
  }

  private static DataSource h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:jobs-"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }

  private static DataSource postgres(String url) throws Exception {
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(url);
    admin.setUser("postgres");
    admin.setPassword("postgres");
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists floorready_jobs_test cascade");
      s.execute("create schema floorready_jobs_test");
    } catch (Exception e) {
      Assumptions.abort("PostgreSQL not reachable at " + url + ": " + e.getMessage());
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url + (url.contains("?") ? "&" : "?") + "currentSchema=floorready_jobs_test");
    pg.setUser("postgres");
    pg.setPassword("postgres");
    return pg;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
