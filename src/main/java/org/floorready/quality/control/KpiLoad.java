package org.floorready.quality.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.floorready.platform.database.DatabaseKind;

/**
 * One load of KPI rows into {@code floor_kpi} on one connection, in one transaction: each row is
 * checked, matched to a new hire (by agent id, else by email; never guessed), refused when the same
 * agent and period came earlier in the load, and otherwise written over what that agent and period
 * held. The caller commits or rolls back the connection.
 */
public final class KpiLoad implements AutoCloseable {
  static final int BATCH = 1000;

  /** How many refused rows are told one by one (the counts cover all). */
  public static final int MAX_TOLD = 1000;

  /** What became of a row. */
  public enum Outcome {
    STORED,
    WOULD_STORE,
    UNKNOWN_AGENT,
    DUPLICATE,
    INVALID
  }

  /** A refused row: its line (CSV) or index (push, from 1), what was wrong. */
  public record Refused(long line, String agent, Outcome outcome, String message) {}

  private final Connection db;
  private final boolean preview;
  private final long importId;
  private final String sourceSystem;
  private final LocalDate today;
  private final Map<String, Long> byAgent = new HashMap<>();
  private final Map<String, Long> byEmail = new HashMap<>();
  private final Set<Long> seen = new HashSet<>();
  private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
  private final List<Refused> refused = new ArrayList<>();
  private final PreparedStatement write;
  private int pending;
  private LocalDate from;
  private LocalDate to;

  public KpiLoad(
      Connection db,
      DatabaseKind kind,
      long importId,
      String sourceSystem,
      boolean preview,
      LocalDate today)
      throws SQLException {
    this.db = db;
    this.preview = preview;
    this.importId = importId;
    this.sourceSystem = sourceSystem;
    this.today = today;
    try (PreparedStatement agents =
            db.prepareStatement(
                "select l.agent_id, n.id from licensee l join new_hire n on n.id = l.new_hire_id"
                    + " where l.agent_id is not null");
        ResultSet r = agents.executeQuery()) {
      while (r.next()) {
        byAgent.put(r.getString(1).strip(), r.getLong(2));
      }
    }
    try (PreparedStatement emails =
            db.prepareStatement("select n.email, n.id from new_hire n where n.email is not null");
        ResultSet r = emails.executeQuery()) {
      while (r.next()) {
        byEmail.merge(r.getString(1).strip().toLowerCase(Locale.ROOT), r.getLong(2), Math::max);
      }
    }
    String columns =
        "new_hire_id, period_start, period_days, calls_handled, aht_seconds, talk_seconds,"
            + " hold_seconds, follow_ups, quotes, policies_sold, qa_score, adherence, source_system,"
            + " import_id";
    this.write =
        preview
            ? null
            : db.prepareStatement(
                kind == DatabaseKind.POSTGRESQL
                    ? "insert into floor_kpi ("
                        + columns
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (new_hire_id, period_start, period_days) do update set"
                        + " calls_handled = excluded.calls_handled, aht_seconds ="
                        + " excluded.aht_seconds, talk_seconds = excluded.talk_seconds,"
                        + " hold_seconds = excluded.hold_seconds, follow_ups = excluded.follow_ups,"
                        + " quotes = excluded.quotes, policies_sold = excluded.policies_sold,"
                        + " qa_score = excluded.qa_score, adherence = excluded.adherence,"
                        + " source_system = excluded.source_system, import_id = excluded.import_id"
                    : "merge into floor_kpi ("
                        + columns
                        + ") key (new_hire_id, period_start, period_days)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  }

  /** Takes a row that could not be read (a CSV value in the wrong form). */
  public void unreadable(long line, String agent, List<String> problems) {
    refuse(line, agent, Outcome.INVALID, String.join("; ", problems));
  }

  /** Checks, matches and (unless previewing) writes one row. */
  public void take(KpiRow row) throws SQLException {
    String agent = row.agentId() != null ? row.agentId() : row.email();
    List<String> problems = row.problems(today);
    if (!problems.isEmpty()) {
      refuse(row.line(), agent, Outcome.INVALID, String.join("; ", problems));
      return;
    }
    Long newHire = row.agentId() == null ? null : byAgent.get(row.agentId().strip());
    if (newHire == null && row.email() != null) {
      newHire = byEmail.get(row.email().strip().toLowerCase(Locale.ROOT));
    }
    if (newHire == null) {
      refuse(
          row.line(),
          agent,
          Outcome.UNKNOWN_AGENT,
          "no new hire has "
              + (row.agentId() != null ? "agent id " + row.agentId() : "")
              + (row.agentId() != null && row.email() != null ? " or " : "")
              + (row.email() != null ? "email " + row.email() : ""));
      return;
    }
    long key = (newHire << 24) | (row.periodStart().toEpochDay() << 3) | row.periodDays();
    if (!seen.add(key)) {
      refuse(
          row.line(),
          agent,
          Outcome.DUPLICATE,
          "the same agent and period came earlier in this load; the first one counts");
      return;
    }
    from = from == null || row.periodStart().isBefore(from) ? row.periodStart() : from;
    to = to == null || row.periodStart().isAfter(to) ? row.periodStart() : to;
    counts.merge(preview ? Outcome.WOULD_STORE : Outcome.STORED, 1L, Long::sum);
    if (preview) {
      return;
    }
    write.setLong(1, newHire);
    write.setDate(2, Date.valueOf(row.periodStart()));
    write.setInt(3, row.periodDays());
    integer(4, row.callsHandled());
    integer(5, row.ahtSeconds());
    integer(6, row.talkSeconds());
    integer(7, row.holdSeconds());
    integer(8, row.followUps());
    integer(9, row.quotes());
    integer(10, row.policiesSold());
    decimal(11, row.qaScore());
    decimal(12, row.adherence());
    write.setString(13, sourceSystem);
    write.setLong(14, importId);
    write.addBatch();
    if (++pending == BATCH) {
      write.executeBatch();
      pending = 0;
    }
  }

  /**
   * After a whole file: what the source system had reported for the file's days and that this file
   * no longer holds is removed, so re-importing a period replaces it. Answers how many rows went.
   */
  public int replacePeriod() throws SQLException {
    flush();
    if (preview || from == null) {
      return 0;
    }
    try (PreparedStatement stale =
        db.prepareStatement(
            "delete from floor_kpi where source_system = ? and period_start >= ?"
                + " and period_start <= ? and import_id <> ?")) {
      stale.setString(1, sourceSystem);
      stale.setDate(2, Date.valueOf(from));
      stale.setDate(3, Date.valueOf(to));
      stale.setLong(4, importId);
      return stale.executeUpdate();
    }
  }

  public void flush() throws SQLException {
    if (pending > 0) {
      write.executeBatch();
      pending = 0;
    }
  }

  /** Records the load in {@code kpi_import}. */
  public void record(String fileName, String by, Instant at) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into kpi_import (id, source_system, file_name, imported_by, imported_at,"
                + " period_from, period_to, stored, rejected, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
      insert.setLong(1, importId);
      insert.setString(2, sourceSystem);
      insert.setString(3, fileName);
      insert.setString(4, by);
      insert.setTimestamp(5, Timestamp.from(at));
      insert.setDate(6, from == null ? null : Date.valueOf(from));
      insert.setDate(7, to == null ? null : Date.valueOf(to));
      insert.setLong(8, counts.getOrDefault(Outcome.STORED, 0L));
      insert.setLong(9, rejected());
      insert.executeUpdate();
    }
  }

  /** The counts per outcome, in the order of {@link Outcome}. */
  public Map<Outcome, Long> counts() {
    return java.util.Collections.unmodifiableMap(new EnumMap<>(counts));
  }

  public List<Refused> refused() {
    return List.copyOf(refused);
  }

  public long rejected() {
    return counts.entrySet().stream()
        .filter(e -> e.getKey() != Outcome.STORED && e.getKey() != Outcome.WOULD_STORE)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }

  private void refuse(long line, String agent, Outcome outcome, String message) {
    counts.merge(outcome, 1L, Long::sum);
    if (refused.size() < MAX_TOLD) {
      refused.add(new Refused(line, agent, outcome, message));
    }
  }

  private void integer(int at, Integer value) throws SQLException {
    if (value == null) {
      write.setNull(at, Types.INTEGER);
    } else {
      write.setInt(at, value);
    }
  }

  private void decimal(int at, BigDecimal value) throws SQLException {
    if (value == null) {
      write.setNull(at, Types.NUMERIC);
    } else {
      write.setBigDecimal(at, value);
    }
  }

  @Override
  public void close() throws SQLException {
    if (write != null) {
      write.close();
    }
  }
}
