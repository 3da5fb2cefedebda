package org.floorready.candidate.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.floorready.platform.database.DatabaseKind;
import org.floorready.platform.database.JsonArrays;
import org.floorready.platform.database.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Candidate search against the real schema (Flyway migrations) on H2 and, with -Ppostgres, on
 * PostgreSQL: the same answers on both, capped totals, whole-entry list filters, ranking window.
 */
class CandidateSearchDatabaseTest {
  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  static Stream<Arguments> databases() {
    return TestDatabases.all();
  }

  static Stream<Arguments> postgresql() {
    return databases().filter(a -> a.get()[0] == DatabaseKind.POSTGRESQL);
  }

  private static CandidateSearch.Criteria text(String text) {
    return new CandidateSearch.Criteria(
        text, null, null, null, null, null, null, null, null, null, false);
  }

  private static CandidateSearch.Criteria lists(String state, String language, String skill) {
    return new CandidateSearch.Criteria(
        null, null, null, state, language, null, skill, null, null, null, false);
  }

  private static CandidateSearch.Criteria applied(LocalDate from, LocalDate to) {
    return new CandidateSearch.Criteria(
        null, null, null, null, null, null, null, null, from, to, false);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void totalsAreExactUpToTheCountedPlacesAndMoreThanBeyond(DatabaseKind kind, String pgUrl)
      throws Exception {
    try (Connection db = fresh(kind, pgUrl)) {
      for (long id = 1; id <= 1205; id++) {
        candidate(db, id, "Five9", "", "TX", "inbound sales", id);
      }
      CandidateSearch.Result first = search(db, kind, lists("TX", null, null), 0, 25);
      assertThat(first.ids())
          .isEqualTo(LongStream.iterate(1205, id -> id - 1).limit(25).boxed().toList());
      assertThat(first.total()).isEqualTo(1000);
      assertThat(first.totalCapped()).isTrue();

      CandidateSearch.Result fortieth = search(db, kind, lists("TX", null, null), 975, 25);
      assertThat(fortieth.total()).isEqualTo(1205);
      assertThat(fortieth.totalCapped()).isFalse();
      assertThat(fortieth.ids()).startsWith(230L).endsWith(206L);
      assertThat(search(db, kind, lists("TX", null, null), 1200, 25).ids())
          .containsExactly(5L, 4L, 3L, 2L, 1L);
      assertThat(search(db, kind, lists("OK", null, null), 0, 25).total()).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void listFiltersMatchWholeEntriesIgnoringCase(DatabaseKind kind, String pgUrl) throws Exception {
    try (Connection db = fresh(kind, pgUrl)) {
      candidate(db, 1, "Five9|Genesys Cloud", "Spanish", "TX|OK", "resume", 1);
      candidate(db, 2, "Genesys", "Haitian Creole", "NM", "resume", 2);
      candidate(db, 3, "Five9", "Spanish", "TX", "resume", 3);
      update(db, "update candidate set merged_into = 1 where id = 3");

      assertThat(ids(db, kind, lists(null, null, "genesys"))).containsExactly(2L);
      assertThat(ids(db, kind, lists(null, null, "GENESYS CLOUD"))).containsExactly(1L);
      assertThat(ids(db, kind, lists(null, null, "five9"))).containsExactly(1L);
      assertThat(ids(db, kind, lists(null, null, "Five"))).isEmpty();
      assertThat(ids(db, kind, lists(null, null, "%"))).isEmpty();
      assertThat(ids(db, kind, lists(null, "spanish", null))).containsExactly(1L);
      assertThat(ids(db, kind, lists(null, "Creole", null))).isEmpty();
      assertThat(ids(db, kind, lists("ok", null, null))).containsExactly(1L);
      assertThat(ids(db, kind, lists("T", null, null))).isEmpty();
      assertThat(ids(db, kind, lists("NM", "haitian creole", "Genesys"))).containsExactly(2L);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void everyWordMustOccurAndAnEmailFindsThePersonByAnyOfTheirAddresses(
      DatabaseKind kind, String pgUrl) throws Exception {
    try (Connection db = fresh(kind, pgUrl)) {
      candidate(db, 1, "", "", "", "Avaya dialer and Salesforce for renters quotes", 1);
      candidate(db, 2, "", "", "", "Avaya only", 2);
      update(
          db, "insert into candidate_email (candidate_id, email) values (1, 'second@example.com')");

      assertThat(ids(db, kind, text("avaya salesforce"))).containsExactly(1L);
      assertThat(ids(db, kind, text("Avaya"))).containsExactlyInAnyOrder(1L, 2L);
      assertThat(ids(db, kind, text("genesys"))).isEmpty();
      assertThat(ids(db, kind, text("Second@Example.com"))).containsExactly(1L);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theResumesThatSayItMostComeFirst(DatabaseKind kind, String pgUrl) throws Exception {
    try (Connection db = fresh(kind, pgUrl)) {
      candidate(db, 1, "", "", "", "Avaya dialer, Avaya reports, Avaya queues; renters quotes", 1);
      candidate(db, 2, "", "", "", "Avaya once, then Five9 for renters quotes", 2);
      candidate(db, 3, "", "", "", "Genesys only", 3);

      assertThat(ids(db, kind, text("avaya"))).containsExactly(1L, 2L);
      assertThat(ids(db, kind, text("renters avaya"))).containsExactly(1L, 2L);
      assertThat(ids(db, kind, text("five9"))).containsExactly(2L);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void appliedDatesAreCalendarDaysInTheSearchersZone(DatabaseKind kind, String pgUrl)
      throws Exception {
    try (Connection db = fresh(kind, pgUrl)) {
      candidate(db, 1, "", "", "", "resume", 1);
      candidate(db, 2, "", "", "", "resume", 2);
      update(
          db,
          "insert into team (id, name, time_zone, version) values (1, 'Team', 'America/Chicago', 0)");
      update(
          db,
          "insert into requisition (id, title, team_id, work_mode, pay_currency, pay_basis, employment_type, status,"
              + " approval_round, created_by, created_at, status_changed_at, version) values (1, 'Agent', 1, 'REMOTE', 'USD',"
              + " 'HOURLY', 'FULL_TIME', 'OPEN', 1, 'test', current_timestamp, current_timestamp, 0)");
      // 9 pm on November 26 in Chicago is already November 27 in UTC.
      application(db, 1, 1, Instant.parse("2026-11-27T03:00:00Z"));
      application(db, 2, 2, Instant.parse("2026-11-27T07:00:00Z"));
      LocalDate thanksgiving = LocalDate.of(2026, 11, 26);
      LocalDate dayAfter = thanksgiving.plusDays(1);

      assertThat(ids(db, kind, applied(thanksgiving, thanksgiving), CHICAGO)).containsExactly(1L);
      assertThat(ids(db, kind, applied(thanksgiving, thanksgiving), ZoneOffset.UTC)).isEmpty();
      assertThat(ids(db, kind, applied(dayAfter, dayAfter), ZoneOffset.UTC))
          .containsExactly(2L, 1L);
      assertThat(ids(db, kind, applied(dayAfter, null), CHICAGO)).containsExactly(2L);
      assertThat(ids(db, kind, applied(null, thanksgiving), CHICAGO)).containsExactly(1L);
    }
  }

  // Runs only with -Ppostgres (the ranking window is PostgreSQL's); without it there is nothing to
  // run.
  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("postgresql")
  void theThousandNewestMatchesAreRankedAndOlderOnesFollowNewestFirst(
      DatabaseKind kind, String pgUrl) throws Exception {
    try (Connection db = fresh(kind, pgUrl)) {
      for (long id = 1; id <= 1205; id++) {
        String text =
            id == 700
                ? "avaya avaya avaya avaya avaya dialer"
                : id == 1 ? "avaya ".repeat(10) : "avaya dialer";
        candidate(db, id, "", "", "", text, id);
      }
      CandidateSearch.Result first = search(db, kind, text("avaya"), 0, 3);
      assertThat(first.ids()).containsExactly(700L, 1205L, 1204L);
      assertThat(first.total()).isEqualTo(1000);
      assertThat(first.totalCapped()).isTrue();
      // the 1,001st newest match (id 205) comes right after the ranked thousand; the oldest stays
      // last
      assertThat(search(db, kind, text("avaya"), 1000, 2).ids()).containsExactly(205L, 204L);
      assertThat(search(db, kind, text("avaya"), 1200, 25).ids()).endsWith(2L, 1L);
    }
  }

  private static List<Long> ids(
      Connection db, DatabaseKind kind, CandidateSearch.Criteria criteria) {
    return ids(db, kind, criteria, CHICAGO);
  }

  private static List<Long> ids(
      Connection db, DatabaseKind kind, CandidateSearch.Criteria criteria, ZoneId zone) {
    return CandidateSearch.search(criteria, zone, kind, 0, 25, query -> run(db, query)).ids();
  }

  private static CandidateSearch.Result search(
      Connection db, DatabaseKind kind, CandidateSearch.Criteria criteria, int offset, int limit) {
    return CandidateSearch.search(criteria, CHICAGO, kind, offset, limit, query -> run(db, query));
  }

  private static List<Long> run(Connection db, SearchQuery query) {
    try (PreparedStatement statement =
        db.prepareStatement(query.sql().replaceAll("\\?\\d+", "?"))) {
      for (int i = 0; i < query.values().size(); i++) {
        statement.setObject(i + 1, query.values().get(i));
      }
      List<Long> ids = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A candidate updated {@code minutes} after the base time: a higher number is newer. */
  /** "a|b" as the JSON array the application stores. */
  private static String json(String joined) {
    return JsonArrays.write(joined.isEmpty() ? List.of() : List.of(joined.split("\\|")));
  }

  private static void candidate(
      Connection db,
      long id,
      String skills,
      String languages,
      String states,
      String text,
      long minutes)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into candidate (id, full_name, primary_email, skills,"
                + " languages, licensed_states, search_text, source, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, 'UPLOAD', ?, ?, 0)")) {
      Timestamp updated = Timestamp.from(BASE.plusSeconds(60 * minutes));
      insert.setLong(1, id);
      insert.setString(2, "Person " + id);
      insert.setString(3, "person" + id + "@example.com");
      insert.setString(4, json(skills));
      insert.setString(5, json(languages));
      insert.setString(6, json(states));
      insert.setString(7, text);
      insert.setTimestamp(8, updated);
      insert.setTimestamp(9, updated);
      insert.executeUpdate();
    }
  }

  private static void application(Connection db, long id, long candidateId, Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into application (id, candidate_id, requisition_id, stage,"
                + " source, applied_at, knocked_out, version) values (?, ?, 1, 'APPLIED', 'CAREERS_PAGE', ?, false, 0)")) {
      insert.setLong(1, id);
      insert.setLong(2, candidateId);
      insert.setTimestamp(3, Timestamp.from(at));
      insert.executeUpdate();
    }
  }

  private static void update(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private static Connection fresh(DatabaseKind kind, String pgUrl) throws Exception {
    DataSource dataSource = TestDatabases.empty(kind, pgUrl, "floorready_search_test");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + kind.folder())
        .load()
        .migrate();
    return dataSource.getConnection();
  }
}
