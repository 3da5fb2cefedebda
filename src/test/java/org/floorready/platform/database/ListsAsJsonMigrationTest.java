package org.floorready.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows written as joined text before V14 come out of the migrations as JSON arrays, on both
 * databases.
 */
class ListsAsJsonMigrationTest {

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> databases() {
    return TestDatabases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void joinedListsBecomeJsonArrays(DatabaseKind kind, String pgUrl) throws Exception {
    DataSource db = TestDatabases.empty(kind, pgUrl, "floorready_migration_test");
    migrate(db, kind, MigrationVersion.fromVersion("13"));
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into candidate (id, full_name, skills, languages, licensed_states, not_duplicate_of, source,"
              + " created_at, updated_at, version) values (1, 'Ana', 'Five9|Genesys Cloud|Say \"hi\"', '', 'TX|OK',"
              + " '12,34', 'UPLOAD', current_timestamp, current_timestamp, 0)");
      s.execute(
          "insert into candidate (id, full_name, source, created_at, updated_at, version)"
              + " values (2, 'Bo', 'UPLOAD', current_timestamp, current_timestamp, 0)");
      s.execute(
          "insert into skill_term (id, name, aliases, created_by, created_at)"
              + " values (1, 'Five9', 'five 9|f9', 'admin', current_timestamp)");
      s.execute(
          "insert into note (id, candidate_id, author, body, mentions, created_at)"
              + " values (1, 1, 'a@example.com', 'hi', 'b@example.com,c@example.com', current_timestamp)");
      s.execute(
          "insert into outbox_message (id, created_at, recipients, subject, text_body, status, attempts,"
              + " next_attempt_at, version) values (1, current_timestamp, 'x@example.com, y@example.com', 's', 't',"
              + " 'QUEUED', 0, current_timestamp, 0)");
    }

    migrate(db, kind, MigrationVersion.LATEST);

    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      assertThat(
              row(
                  s,
                  "select skills, languages, licensed_states, not_duplicate_of from candidate where id = 1"))
          .containsExactly(
              "[\"Five9\",\"Genesys Cloud\",\"Say \\\"hi\\\"\"]",
              "[]",
              "[\"TX\",\"OK\"]",
              "[12,34]");
      assertThat(
              row(
                  s,
                  "select skills, languages, licensed_states, not_duplicate_of from candidate where id = 2"))
          .containsOnlyNulls();
      assertThat(row(s, "select aliases from skill_term")).containsExactly("[\"five 9\",\"f9\"]");
      assertThat(row(s, "select mentions from note"))
          .containsExactly("[\"b@example.com\",\"c@example.com\"]");
      assertThat(row(s, "select recipients from outbox_message"))
          .containsExactly("[\"x@example.com\",\"y@example.com\"]");
      assertThat(JsonArrays.strings(row(s, "select skills from candidate where id = 1").get(0)))
          .containsExactly("Five9", "Genesys Cloud", "Say \"hi\"");
      if (kind == DatabaseKind.POSTGRESQL) {
        // the search filters' arrays are generated from the JSON, in lower case
        assertThat(
                row(
                    s,
                    "select array_to_string(licensed_state_list, ','), array_to_string(skill_list, '|'),"
                        + " cardinality(language_list) from candidate where id = 1"))
            .containsExactly("tx,ok", "five9|genesys cloud|say \"hi\"", "0");
      }
    }
  }

  private static void migrate(DataSource db, DatabaseKind kind, MigrationVersion target) {
    Flyway.configure()
        .dataSource(db)
        .target(target)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + kind.folder())
        .load()
        .migrate();
  }

  private static List<String> row(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        values.add(rs.getString(i));
      }
      return values;
    }
  }
}
