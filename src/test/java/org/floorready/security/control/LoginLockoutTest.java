package org.floorready.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.floorready.fixtures.Parallel;
import org.floorready.platform.database.DatabaseKind;
import org.floorready.platform.database.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failed sign-ins and rate-limited hits are counted atomically in the database: a parallel burst on
 * one email locks it after exactly the allowed number of failures, and a burst of hits on one
 * bucket counts every hit once, on H2 and on PostgreSQL.
 */
class LoginLockoutTest {

  static Stream<Arguments> databases() {
    return TestDatabases.all();
  }

  private static DataSource database(DatabaseKind kind, String pgUrl) {
    DataSource db = TestDatabases.empty(kind, pgUrl, "floorready_lockout_test");
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + kind.folder())
        .load()
        .migrate();
    return db;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aParallelBurstOfWrongPasswordsLocksAfterExactlyTheAllowedFailures(
      DatabaseKind kind, String pgUrl) throws Exception {
    LoginLockout lockout = new LoginLockout();
    lockout.dataSource = database(kind, pgUrl);
    lockout.maxFailures = 5;
    lockout.lockMinutes = 15;
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

    List<Optional<Instant>> outcomes =
        Parallel.run(40, () -> lockout.failed("burst@example.com", now));

    assertThat(outcomes.stream().filter(Optional::isEmpty))
        .as("failures before the lock")
        .hasSize(4);
    assertThat(outcomes.stream().filter(Optional::isPresent)).hasSize(36);
    assertThat(lockout.lockedUntil("burst@example.com", now)).contains(now.plusSeconds(15 * 60));
    lockout.succeeded("burst@example.com");
    assertThat(lockout.lockedUntil("burst@example.com", now))
        .as("a right password does not lift a lock")
        .isPresent();
    assertThat(lockout.lockedUntil("burst@example.com", now.plusSeconds(16 * 60))).isEmpty();
  }
}
