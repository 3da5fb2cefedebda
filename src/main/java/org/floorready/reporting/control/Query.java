package org.floorready.reporting.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A report's SQL: the select, the conditions added one by one with their parameters, and the tail
 * (group by, order by). Plain SQL that H2 (PostgreSQL mode) and PostgreSQL both run.
 */
final class Query {
  /** One row read: reads its columns by position. */
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private final StringBuilder sql;
  private final List<Object> params = new ArrayList<>();
  private String tail = "";

  Query(String select) {
    this.sql = new StringBuilder(select).append(" where 1 = 1");
  }

  Query and(String condition, Object... values) {
    sql.append(" and ").append(condition);
    params.addAll(List.of(values));
    return this;
  }

  /** {@code column in (…)}; null ids: no condition; no ids: nothing matches. */
  Query in(String column, Set<Long> ids) {
    if (ids == null) {
      return this;
    }
    if (ids.isEmpty()) {
      return and("1 = 0");
    }
    sql.append(" and ").append(column).append(" in (");
    sql.append(String.join(", ", ids.stream().map(i -> "?").toList())).append(')');
    params.addAll(ids);
    return this;
  }

  /** The team, requisition and class limits of a scope, on the columns that hold them. */
  Query scoped(Scope scope, String teamColumn, String requisitionColumn, String classColumn) {
    in(teamColumn, scope.teamIds());
    if (scope.requisitionId() != null) {
      and(requisitionColumn + " = ?", scope.requisitionId());
    }
    if (classColumn != null) {
      in(classColumn, scope.classIds());
    }
    return this;
  }

  /** The channel and recruiting-source limits of a scope, on the application aliased {@code a}. */
  Query sourced(Scope scope) {
    if (scope.channel() != null) {
      and("a.source = ?", scope.channel());
    }
    if (scope.sourceId() != null) {
      and(
          "a.candidate_id in (select cs.id from candidate cs where cs.recruiting_source_id = ?)",
          scope.sourceId());
    }
    return this;
  }

  Query then(String groupOrOrder) {
    this.tail = " " + groupOrOrder;
    return this;
  }

  <T> List<T> list(Connection db, RowReader<T> reader) {
    try (PreparedStatement s = db.prepareStatement(sql + tail)) {
      for (int i = 0; i < params.size(); i++) {
        Object p = params.get(i);
        if (p instanceof Instant at) {
          s.setTimestamp(i + 1, Timestamp.from(at));
        } else if (p instanceof LocalDate day) {
          s.setDate(i + 1, Date.valueOf(day));
        } else {
          s.setObject(i + 1, p);
        }
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(reader.read(r));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new ReportFailed(e);
    }
  }

  static Instant instant(ResultSet r, int column) throws SQLException {
    Timestamp t = r.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static LocalDate day(ResultSet r, int column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  /** A report query the database refused: a defect, reported as such. */
  static final class ReportFailed extends RuntimeException {
    ReportFailed(SQLException cause) {
      super("A report query failed: " + cause.getMessage(), cause);
    }
  }
}
