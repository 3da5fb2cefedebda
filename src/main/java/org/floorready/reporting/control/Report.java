package org.floorready.reporting.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One report as the UI, the API and the CSV show it: its exact definition, headline figures, a
 * chart and the table behind it (the CSV is the table).
 */
public record Report(
    String name,
    String title,
    String definition,
    LocalDate from,
    LocalDate to,
    String zone,
    Instant computedAt,
    List<Figure> figures,
    Chart chart,
    Table table) {

  /** A report over a scope's days, computed now. */
  public static Report of(
      String name,
      String title,
      String definition,
      Scope scope,
      Instant now,
      List<Figure> figures,
      Chart chart,
      Table table) {
    return new Report(
        name,
        title,
        definition,
        scope.from(),
        scope.to(),
        scope.zone().getId(),
        now,
        figures,
        chart,
        table);
  }

  /** A headline number with its label (value null: nothing to count yet). */
  public record Figure(String label, Double value, String unit) {}

  /** Bars or lines over categories; each series names what it counts. */
  public record Chart(
      String kind, String xLabel, String yLabel, List<String> categories, List<Series> series) {}

  /** One series of a chart, a value per category (null: none). */
  public record Series(String name, List<Double> values) {}

  /** Columns and rows; cells are text, numbers or dates. */
  public record Table(List<String> columns, List<List<Object>> rows) {}
}
