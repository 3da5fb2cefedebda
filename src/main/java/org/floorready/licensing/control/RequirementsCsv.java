package org.floorready.licensing.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.floorready.licensing.entity.LineOfAuthority;
import org.floorready.licensing.entity.StateRequirement;

/**
 * State requirements as CSV, for a compliance team's spreadsheet: one row per state, line and
 * effective date. Reading reports every bad row by its line number; an empty cell is unknown.
 */
public final class RequirementsCsv {
  public static final String[] HEADER = {
    "state",
    "line",
    "effective_from",
    "prelicensing_hours",
    "exam_vendor",
    "fingerprints",
    "renewal_months",
    "ce_hours",
    "non_resident_exam",
    "appointment_required",
    "notes",
    "verified"
  };

  /** How both licensing CSVs are read: a header row, blank lines skipped, cells trimmed. */
  static final CSVFormat READING =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .get();

  private RequirementsCsv() {}

  /** One row read. */
  public record Row(
      String state,
      LineOfAuthority line,
      LocalDate effectiveFrom,
      StateRequirement.Values values) {}

  /** A bad row: its line in the file and what is wrong. */
  public record RowProblem(long line, String problem) {}

  /** The rows, or the problems (then no row). */
  public record Read(List<Row> rows, List<RowProblem> problems) {}

  public static String write(List<StateRequirement> requirements) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
      for (StateRequirement r : requirements) {
        StateRequirement.Values v = r.values();
        csv.printRecord(
            r.state(),
            r.line().label(),
            r.effectiveFrom(),
            blank(v.prelicensingHours()),
            safe(v.examVendor()),
            yesNo(v.fingerprints()),
            blank(v.renewalMonths()),
            blank(v.ceHours()),
            yesNo(v.nonResidentExam()),
            yesNo(v.appointmentRequired()),
            safe(v.notes()),
            v.verified() ? "yes" : "no");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static Read read(String text) {
    List<Row> rows = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), READING)) {
      for (String column : new String[] {"state", "line", "effective_from"}) {
        if (!parser.getHeaderMap().containsKey(column)) {
          problems.add(new RowProblem(1, "the header has no column \"" + column + "\""));
        }
      }
      if (!problems.isEmpty()) {
        return new Read(List.of(), problems);
      }
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        List<String> wrong = new ArrayList<>();
        String state = States.code(get(record, "state"));
        if (state == null) {
          wrong.add("state \"" + get(record, "state") + "\" is not a US state or DC");
        }
        LineOfAuthority lineOfAuthority = LineOfAuthority.parse(get(record, "line")).orElse(null);
        if (lineOfAuthority == null) {
          wrong.add("line \"" + get(record, "line") + "\" is not a line of authority");
        }
        LocalDate from = null;
        try {
          from = LocalDate.parse(get(record, "effective_from"));
        } catch (DateTimeParseException | NullPointerException e) {
          wrong.add("effective_from must be a date like 2026-01-01");
        }
        Integer hours = number(record, "prelicensing_hours", 0, 1000, wrong);
        Integer renewal = number(record, "renewal_months", 1, 120, wrong);
        Integer ce = number(record, "ce_hours", 0, 500, wrong);
        Boolean prints = bool(record, "fingerprints", wrong);
        Boolean nonResident = bool(record, "non_resident_exam", wrong);
        Boolean appointment = bool(record, "appointment_required", wrong);
        Boolean verified = bool(record, "verified", wrong);
        String vendor = text(record, "exam_vendor", 100, wrong);
        String notes = text(record, "notes", 1000, wrong);
        if (wrong.isEmpty() && !seen.add(state + lineOfAuthority + from)) {
          wrong.add("repeats " + state + " " + lineOfAuthority.label() + " from " + from);
        }
        if (!wrong.isEmpty()) {
          problems.add(new RowProblem(line, String.join("; ", wrong)));
          continue;
        }
        rows.add(
            new Row(
                state,
                lineOfAuthority,
                from,
                new StateRequirement.Values(
                    hours,
                    vendor,
                    prints,
                    renewal,
                    ce,
                    nonResident,
                    appointment,
                    notes,
                    Boolean.TRUE.equals(verified))));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      problems.add(new RowProblem(0, "not readable as CSV: " + e.getMessage()));
    } catch (java.io.UncheckedIOException e) {
      problems.add(new RowProblem(0, "not readable as CSV: " + e.getCause().getMessage()));
    }
    return problems.isEmpty() ? new Read(rows, List.of()) : new Read(List.of(), problems);
  }

  private static String get(CSVRecord r, String column) {
    if (!r.isMapped(column) || !r.isSet(column)) {
      return null;
    }
    String v = r.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static Integer number(CSVRecord r, String column, int min, int max, List<String> wrong) {
    String v = get(r, column);
    if (v == null || v.equalsIgnoreCase("unknown")) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        wrong.add(column + " must be " + min + " to " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      wrong.add(column + " must be a whole number or empty");
      return null;
    }
  }

  private static Boolean bool(CSVRecord r, String column, List<String> wrong) {
    String v = get(r, column);
    if (v == null || v.equalsIgnoreCase("unknown")) {
      return null;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1" -> true;
      case "no", "n", "false", "0" -> false;
      default -> {
        wrong.add(column + " must be yes, no or empty");
        yield null;
      }
    };
  }

  private static String text(CSVRecord r, String column, int max, List<String> wrong) {
    String v = get(r, column);
    if (v != null && v.length() > max) {
      wrong.add(column + " is longer than " + max + " characters");
    }
    return v == null ? null : v.replaceFirst("^'(?=[=+\\-@])", "");
  }

  private static String blank(Integer n) {
    return n == null ? "" : n.toString();
  }

  private static String yesNo(Boolean b) {
    return b == null ? "" : b ? "yes" : "no";
  }

  private static String safe(String s) {
    return s == null ? "" : org.floorready.platform.SpreadsheetCell.safe(s);
  }
}
