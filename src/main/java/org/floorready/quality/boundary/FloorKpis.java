package org.floorready.quality.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.database.DatabaseMigration;
import org.floorready.quality.control.KpiCsv;
import org.floorready.quality.control.KpiLoad;
import org.floorready.quality.control.KpiText;
import org.floorready.security.control.Caller;

/**
 * Floor KPIs in: pushed by the call-center platform in batches, or imported from a CSV file read as
 * a stream. Either way every row gets an outcome; a file refused as a whole (its header, its size)
 * leaves nothing behind, since the whole load is one transaction.
 */
@ApplicationScoped
public class FloorKpis {
  public static final int MAX_PUSH_ROWS = 10_000;

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @Inject DatabaseMigration database;
  @Inject Caller caller;

  /** What a load did: counts per outcome, the refused rows (the first 1,000), the period. */
  public record LoadResult(
      Long importId,
      boolean preview,
      String sourceSystem,
      LocalDate periodFrom,
      LocalDate periodTo,
      Map<KpiLoad.Outcome, Long> counts,
      int replacedRows,
      List<KpiLoad.Refused> refused,
      Map<String, String> mapping) {}

  /** A past load. */
  public record ImportView(
      long id,
      String sourceSystem,
      String fileName,
      String importedBy,
      Instant importedAt,
      LocalDate periodFrom,
      LocalDate periodTo,
      int stored,
      int rejected) {}

  /** Rows pushed by the platform: each checked and matched on its own; index from 1. */
  @Transactional
  public LoadResult push(String sourceSystem, List<Map<String, String>> rows) {
    if (rows.size() > MAX_PUSH_ROWS) {
      throw new InvalidInput(
          "rows", "at most " + MAX_PUSH_ROWS + " rows per push (this one has " + rows.size() + ")");
    }
    return load(
        sourceSystem,
        null,
        false,
        (load, db) -> {
          long index = 0;
          for (Map<String, String> texts : rows) {
            take(load, ++index, texts, KpiText.DateForm.ISO);
          }
          return Map.of();
        },
        false);
  }

  /**
   * A CSV file: mapped by {@code mapping} (field → column; saved for the source system) or the
   * mapping saved before, or the usual column names. A preview reads it all and stores nothing.
   */
  @Transactional
  public LoadResult importCsv(
      String sourceSystem,
      String fileName,
      InputStream in,
      Map<String, String> mapping,
      boolean preview) {
    return load(
        sourceSystem,
        fileName,
        preview,
        (load, db) -> {
          Map<String, String> chosen = mapping.isEmpty() ? savedMapping(db, sourceSystem) : mapping;
          try (KpiCsv csv = new KpiCsv(new InputStreamReader(in, StandardCharsets.UTF_8), chosen)) {
            KpiText.DateForm form = null;
            while (csv.hasNext()) {
              KpiCsv.Record r = csv.next();
              form = take(load, r.line(), r.texts(), form);
            }
            if (!preview && !mapping.isEmpty()) {
              saveMapping(db, sourceSystem, csv.mapping());
            }
            return csv.mapping();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        true);
  }

  /** The mapping saved for a source system (empty: none). */
  public Map<String, String> savedMapping(String sourceSystem) {
    try (Connection db = dataSource.getConnection()) {
      return savedMapping(db, sourceSystem);
    } catch (SQLException e) {
      throw new IllegalStateException("The KPI mapping could not be read.", e);
    }
  }

  private static Map<String, String> savedMapping(Connection db, String sourceSystem)
      throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("select mapping from kpi_column_mapping where source_system = ?")) {
      s.setString(1, sourceSystem);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Map.of();
        }
        JsonObject saved = Json.createReader(new StringReader(r.getString(1))).readObject();
        Map<String, String> mapping = new LinkedHashMap<>();
        saved.forEach((k, v) -> mapping.put(k, ((JsonString) v).getString()));
        return mapping;
      }
    }
  }

  public List<ImportView> imports() {
    List<ImportView> views = new ArrayList<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement s =
            db.prepareStatement(
                "select id, source_system, file_name, imported_by, imported_at, period_from,"
                    + " period_to, stored, rejected from kpi_import order by imported_at desc, id"
                    + " desc");
        ResultSet r = s.executeQuery()) {
      while (r.next() && views.size() < 200) {
        views.add(
            new ImportView(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getTimestamp(5).toInstant(),
                r.getDate(6) == null ? null : r.getDate(6).toLocalDate(),
                r.getDate(7) == null ? null : r.getDate(7).toLocalDate(),
                r.getInt(8),
                r.getInt(9)));
      }
      return views;
    } catch (SQLException e) {
      throw new IllegalStateException("The KPI imports could not be read.", e);
    }
  }

  private interface Rows {
    Map<String, String> feed(KpiLoad load, Connection db) throws SQLException;
  }

  private LoadResult load(
      String sourceSystem, String fileName, boolean preview, Rows rows, boolean replacePeriod) {
    ZoneId zone = ZoneId.of(caller.user().timeZone());
    LocalDate today = LocalDate.now(zone);
    Instant now = Instant.now();
    try (Connection db = dataSource.getConnection()) {
      long id = preview ? 0 : nextImportId(db);
      try (KpiLoad load = new KpiLoad(db, database.kind(), id, sourceSystem, preview, today)) {
        Map<String, String> mapping = rows.feed(load, db);
        load.flush();
        int replaced = replacePeriod ? load.replacePeriod() : 0;
        if (!preview) {
          load.record(fileName, caller.name(), now);
        }
        return new LoadResult(
            preview ? null : id,
            preview,
            sourceSystem,
            load.from(),
            load.to(),
            load.counts(),
            replaced,
            load.refused(),
            mapping);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The KPI load failed.", e);
    }
  }

  private static KpiText.DateForm take(
      KpiLoad load, long line, Map<String, String> texts, KpiText.DateForm form)
      throws SQLException {
    KpiText.Read read = KpiText.read(line, texts, form);
    if (read.row() == null) {
      String agent = texts.get("agentId") != null ? texts.get("agentId") : texts.get("email");
      load.unreadable(line, agent, read.problems());
    } else {
      load.take(read.row());
    }
    return read.dateForm();
  }

  private long nextImportId(Connection db) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("select nextval('kpi_import_seq')");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private void saveMapping(Connection db, String sourceSystem, Map<String, String> mapping)
      throws SQLException {
    var json = Json.createObjectBuilder();
    mapping.forEach(json::add);
    try (PreparedStatement d =
        db.prepareStatement("delete from kpi_column_mapping where source_system = ?")) {
      d.setString(1, sourceSystem);
      d.executeUpdate();
    }
    try (PreparedStatement i =
        db.prepareStatement(
            "insert into kpi_column_mapping (source_system, mapping, updated_by, updated_at)"
                + " values (?, ?, ?, ?)")) {
      i.setString(1, sourceSystem);
      i.setString(2, json.build().toString());
      i.setString(3, caller.name());
      i.setTimestamp(4, Timestamp.from(Instant.now()));
      i.executeUpdate();
    }
  }

  /** A mapping given as a JSON object of field → column. */
  public static Map<String, String> mapping(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try {
      JsonObject o = Json.createReader(new StringReader(json)).readObject();
      Map<String, String> mapping = new LinkedHashMap<>();
      for (Map.Entry<String, JsonValue> e : o.entrySet()) {
        if (!(e.getValue() instanceof JsonString s)) {
          throw new InvalidInput("mapping", e.getKey() + " must name a column as text");
        }
        mapping.put(e.getKey(), s.getString());
      }
      return mapping;
    } catch (jakarta.json.JsonException | ClassCastException e) {
      throw new InvalidInput("mapping", "must be a JSON object of KPI field → column name");
    }
  }
}
