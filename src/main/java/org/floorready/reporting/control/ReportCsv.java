package org.floorready.reporting.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.floorready.platform.SpreadsheetCell;

/**
 * A report's table as CSV that Excel opens cleanly: a UTF-8 byte order mark, ISO dates, plain
 * numbers (a dot for decimals), and text that could run as a formula escaped.
 */
public final class ReportCsv {
  private ReportCsv() {}

  public static String of(Report report) {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(report.table().columns().toArray(String[]::new))
            .get()
            .print(out)) {
      for (List<Object> row : report.table().rows()) {
        List<Object> cells = new ArrayList<>();
        for (Object cell : row) {
          cells.add(cell instanceof String text ? SpreadsheetCell.safe(text) : cell);
        }
        csv.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
