package org.floorready.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredDataSourceTest {
  @Test
  void embeddedMeansAnH2FileInTheDataFolderInPostgresMode() {
    String url = ConfiguredDataSource.embeddedUrl("target/some-data");
    assertThat(url)
        .startsWith("jdbc:h2:file:/")
        .contains("target/some-data/floorready")
        .contains("MODE=PostgreSQL");
    assertThat(ConfiguredDataSource.isEmbedded("embedded")).isTrue();
    assertThat(ConfiguredDataSource.isEmbedded("${MPCONFIG=floorready.db.url}")).isTrue();
    assertThat(ConfiguredDataSource.isEmbedded("jdbc:postgresql://db/floorready")).isFalse();
  }

  @Test
  void theEmbeddedDatabaseFileIsTheOwnersOnly(@TempDir Path data) throws Exception {
    ConfiguredDataSource source = new ConfiguredDataSource();
    source.setDataDir(data.toString());
    try (Connection connection = source.getConnection()) {
      connection.createStatement().execute("create table t (id int)");
    }
    Path file = data.resolve("floorready.mv.db");
    assertThat(file).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void snakeCaseColumnNames() {
    assertThat(SnakeCaseColumns.snakeCase("createdAt")).isEqualTo("created_at");
    assertThat(SnakeCaseColumns.snakeCase("nextAttemptAt")).isEqualTo("next_attempt_at");
    assertThat(SnakeCaseColumns.snakeCase("email")).isEqualTo("email");
  }
}
