package org.floorready.reporting;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows for report tests: the columns a test cares about, and a neutral value for every other column
 * the schema requires (read from the database's metadata, so a new required column does not break
 * the seed).
 */
public final class SeedRows {
  private final Connection db;

  public SeedRows(Connection db) {
    this.db = db;
  }

  /** Inserts one row: pairs of column name and value. */
  public SeedRows row(String table, Object... columnsAndValues) throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      values.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
    }
    DatabaseMetaData meta = db.getMetaData();
    try (ResultSet c = meta.getColumns(null, db.getSchema(), table, null)) {
      while (c.next()) {
        String column = c.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT);
        boolean required = "NO".equals(c.getString("IS_NULLABLE"));
        if (required && c.getString("COLUMN_DEF") == null && !values.containsKey(column)) {
          values.put(column, neutral(c.getInt("DATA_TYPE")));
        }
      }
    }
    List<String> columns = new ArrayList<>(values.keySet());
    String sql =
        "insert into "
            + table
            + " ("
            + String.join(", ", columns)
            + ") values ("
            + String.join(", ", columns.stream().map(x -> "?").toList())
            + ")";
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < columns.size(); i++) {
        Object v = values.get(columns.get(i));
        if (v instanceof Instant at) {
          s.setTimestamp(i + 1, Timestamp.from(at));
        } else if (v instanceof LocalDate day) {
          s.setDate(i + 1, java.sql.Date.valueOf(day));
        } else {
          s.setObject(i + 1, v);
        }
      }
      s.executeUpdate();
    }
    return this;
  }

  private static Object neutral(int type) {
    return switch (type) {
      case Types.BOOLEAN, Types.BIT -> false;
      case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> 0;
      case Types.BIGINT -> 0L;
      case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.REAL, Types.FLOAT ->
          java.math.BigDecimal.ZERO;
      case Types.DATE -> LocalDate.of(2026, 1, 1);
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Instant.parse("2026-01-01T00:00:00Z");
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> new byte[0];
      default -> "x";
    };
  }
}
