package org.floorready.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.floorready.fixtures.Parallel;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A key no configuration names is generated once and every node reads the same one, even when all
 * of them ask at the same moment; a configured key wins and must be long enough.
 */
class SharedKeysTest {

  static Stream<Arguments> databases() {
    return TestDatabases.all();
  }

  private static SharedKeys node(DataSource db, Map<String, String> settings) {
    SharedKeys keys = new SharedKeys();
    keys.dataSource = db;
    keys.settings = property -> Optional.ofNullable(settings.get(property));
    return keys;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void twoNodesAskingAtOnceGetTheSameGeneratedKey(DatabaseKind kind, String pgUrl)
      throws Exception {
    DataSource db = TestDatabases.empty(kind, pgUrl, "floorready_keys_test");
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + kind.folder())
        .load()
        .migrate();
    SharedKeys a = node(db, Map.of());
    SharedKeys b = node(db, Map.of());

    List<String> seen =
        Parallel.run(
            40, i -> Base64.getEncoder().encodeToString((i % 2 == 0 ? a : b).key("link-signing")));

    assertThat(seen).hasSize(40).containsOnly(seen.get(0));
    assertThat(Base64.getDecoder().decode(seen.get(0))).hasSize(SharedKeys.BYTES);
    try (Connection c = db.getConnection();
        ResultSet rows = c.createStatement().executeQuery("select count(*) from shared_key")) {
      rows.next();
      assertThat(rows.getInt(1)).as("one row for the key").isEqualTo(1);
    }
    assertThat(node(db, Map.of()).key("link-signing"))
        .as("a node started later reads it")
        .isEqualTo(a.key("link-signing"));
    assertThat(a.key("credentials"))
        .as("another name, another key")
        .isNotEqualTo(a.key("link-signing"));
  }

  @Test
  void aConfiguredKeyWinsAndMustBeLongEnough() {
    byte[] configured = new byte[40];
    configured[0] = 7;
    SharedKeys keys =
        node(
            null,
            Map.of(
                "floorready.keys.link-signing",
                Base64.getEncoder().encodeToString(configured),
                "floorready.keys.short",
                Base64.getEncoder().encodeToString(new byte[16]),
                "floorready.keys.garbled",
                "not base64!"));
    assertThat(keys.key("link-signing")).isEqualTo(configured);
    assertThat(keys.previous("link-signing")).isEmpty();
    assertThatThrownBy(() -> keys.key("short")).hasMessageContaining("at least 32 bytes");
    assertThatThrownBy(() -> keys.key("garbled")).hasMessageContaining("not base64");
    assertThatThrownBy(() -> keys.key("Not A Name")).isInstanceOf(IllegalArgumentException.class);
  }
}
