package org.floorready.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.floorready.fixtures.Parallel;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rate limits count in the database: a parallel burst of hits counts every hit once, on both
 * databases.
 */
class RateCounterTest {

  static Stream<Arguments> databases() {
    return TestDatabases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void everyHitOfAParallelBurstIsCountedOnce(DatabaseKind kind, String pgUrl) throws Exception {
    RateCounter counter = new RateCounter();
    counter.dataSource = TestDatabases.empty(kind, pgUrl, "floorready_rate_test");
    Flyway.configure()
        .dataSource(counter.dataSource)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + kind.folder())
        .load()
        .migrate();
    Instant now = Instant.now();
    Duration window = Duration.ofMinutes(10);

    List<Integer> counts = Parallel.run(40, () -> counter.hit("apply:10.0.0.1", window, now));

    assertThat(counts)
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
    assertThat(counter.hits("apply:10.0.0.1", window, now)).isEqualTo(40);
    assertThat(counter.hits("apply:10.0.0.2", window, now)).isZero();

    // reservations given back in parallel: each once, never below zero
    Parallel.run(
        50,
        () -> {
          counter.release("apply:10.0.0.1", window, now);
          return null;
        });
    assertThat(counter.hits("apply:10.0.0.1", window, now)).isZero();
    assertThat(counter.hit("apply:10.0.0.1", window, now)).isEqualTo(1);
  }

  @org.junit.jupiter.api.Test
  void windowsStartAtFixedMultiplesOfTheirLength() {
    assertThat(
            RateCounter.windowStart(Duration.ofMinutes(10), Instant.parse("2026-12-04T10:17:42Z"))
                .toInstant())
        .isEqualTo(Instant.parse("2026-12-04T10:10:00Z"));
  }
}
