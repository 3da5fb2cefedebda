package org.floorready.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
  void snakeCaseColumnNames() {
    assertThat(SnakeCaseColumns.snakeCase("createdAt")).isEqualTo("created_at");
    assertThat(SnakeCaseColumns.snakeCase("nextAttemptAt")).isEqualTo("next_attempt_at");
    assertThat(SnakeCaseColumns.snakeCase("email")).isEqualTo("email");
  }
}
