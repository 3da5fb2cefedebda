package org.floorready.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.floorready.platform.database.DatabaseKind;
import org.floorready.platform.database.TestDatabases;
import org.floorready.quality.control.KpiLoad;
import org.floorready.quality.control.KpiLoad.Outcome;
import org.floorready.quality.control.KpiRow;
import org.floorready.reporting.ReportNumbersTest;
import org.floorready.reporting.SeedRows;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** KPI rows written to the real schema of each database: matched, refused, replaced. */
class KpiLoadTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  static final LocalDate WEEK1 = LocalDate.of(2026, 11, 16);
  static final LocalDate WEEK2 = LocalDate.of(2026, 11, 23);

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> databases() {
    return TestDatabases.all();
  }

  static KpiRow row(long line, String agent, String email, LocalDate week, int calls) {
    return new KpiRow(line, agent, email, week, 7, calls, 360, 300, 30, 2, 10, 3, null, null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void rowsAreMatchedByAgentIdOrEmailAndAReimportReplacesItsPeriod(DatabaseKind kind, String pgUrl)
      throws Exception {
    DataSource source = TestDatabases.empty(kind, pgUrl, "floorready_kpi_test");
    ReportNumbersTest.migrate(source, kind, org.flywaydb.core.api.MigrationVersion.LATEST);
    try (Connection db = source.getConnection()) {
      ReportNumbersTest.seed(new SeedRows(db));
      try (Statement s = db.createStatement()) {
        s.executeUpdate("update licensee set agent_id = 'A-1' where new_hire_id = 1");
        s.executeUpdate("update new_hire set email = 'hire3@example.com' where id = 3");
      }
      // first file: hire 1 by agent id (two weeks), hire 3 by email (any case), and four refused
      try (KpiLoad load = new KpiLoad(db, kind, 50, "Five9", false, TODAY)) {
        load.take(row(2, "A-1", null, WEEK1, 100));
        load.take(row(3, "A-1", null, WEEK2, 120));
        load.take(row(4, null, "HIRE3@example.com", WEEK2, 90));
        load.take(row(5, "A-404", null, WEEK2, 90));
        load.take(row(6, "A-1", null, WEEK2, 999));
        load.take(row(7, "A-1", null, WEEK2.plusDays(1), 10));
        load.unreadable(8, "A-1", List.of("ahtSeconds soon is not a duration"));
        assertThat(load.replacePeriod()).isZero();
        load.record("week.csv", "admin", java.time.Instant.parse("2026-12-04T12:00:00Z"));
        assertThat(load.counts())
            .isEqualTo(
                Map.of(
                    Outcome.STORED,
                    3L,
                    Outcome.UNKNOWN_AGENT,
                    1L,
                    Outcome.DUPLICATE,
                    1L,
                    Outcome.INVALID,
                    2L));
        assertThat(load.refused())
            .extracting(KpiLoad.Refused::line, KpiLoad.Refused::outcome)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, Outcome.UNKNOWN_AGENT),
                org.assertj.core.groups.Tuple.tuple(6L, Outcome.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple(7L, Outcome.INVALID),
                org.assertj.core.groups.Tuple.tuple(8L, Outcome.INVALID));
        assertThat(load.refused().get(0).message()).isEqualTo("no new hire has agent id A-404");
      }
      assertThat(rows(db))
          .containsExactly("1 2026-11-16 100 50", "1 2026-11-23 120 50", "3 2026-11-23 90 50");
      assertThat(count(db, "select stored * 10 + rejected from kpi_import where id = 50"))
          .isEqualTo(34);

      // a preview changes nothing
      try (KpiLoad preview = new KpiLoad(db, kind, 0, "Five9", true, TODAY)) {
        preview.take(row(2, "A-1", null, WEEK1, 1));
        assertThat(preview.counts()).isEqualTo(Map.of(Outcome.WOULD_STORE, 1L));
        assertThat(preview.replacePeriod()).isZero();
      }
      assertThat(rows(db)).hasSize(3);

      // the same weeks again, corrected: hire 1's second week is gone from the file, hire 3 changed
      try (KpiLoad again = new KpiLoad(db, kind, 100, "Five9", false, TODAY)) {
        again.take(row(2, "A-1", null, WEEK1, 101));
        again.take(row(3, null, "hire3@example.com", WEEK2, 95));
        assertThat(again.replacePeriod()).isEqualTo(1);
      }
      assertThat(rows(db)).containsExactly("1 2026-11-16 101 100", "3 2026-11-23 95 100");
      // another system's rows for the same days stay
      try (KpiLoad other = new KpiLoad(db, kind, 150, "QA tool", false, TODAY)) {
        other.take(
            new KpiRow(
                2,
                "A-1",
                null,
                WEEK2,
                1,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new java.math.BigDecimal("88.00"),
                null));
        assertThat(other.replacePeriod()).isZero();
      }
      assertThat(rows(db)).hasSize(2);
      assertThat(count(db, "select count(*) from floor_kpi")).isEqualTo(3);
    }
  }

  private static List<String> rows(Connection db) throws Exception {
    List<String> rows = new java.util.ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "select new_hire_id, period_start, calls_handled, import_id from floor_kpi"
                    + " where period_days = 7 order by new_hire_id, period_start")) {
      while (r.next()) {
        rows.add(r.getLong(1) + " " + r.getDate(2) + " " + r.getInt(3) + " " + r.getLong(4));
      }
    }
    return rows;
  }

  private static long count(Connection db, String sql) throws Exception {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
