package org.floorready.licensing.control;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.floorready.licensing.entity.LineOfAuthority;

/**
 * License records as a state lookup (NIPR, a state's producer search) or a licensing vendor exports
 * them: NPN, state, license number, lines of authority, issue and expiry dates, status. Headers are
 * matched loosely ("License Number", "license_no", "Lines of Authority", "LOA", "Expiration
 * Date"…); each row is read on its own, a bad row named with what is wrong.
 */
public final class LicenseRecordsCsv {
  private static final Map<String, List<String>> NAMES =
      Map.of(
          "npn", List.of("npn", "national_producer_number", "producer_npn"),
          "state", List.of("state", "jurisdiction", "license_state", "resident_state_of_license"),
          "number", List.of("license_number", "license_no", "license_num", "license", "number"),
          "lines", List.of("lines", "lines_of_authority", "loa", "line_of_authority"),
          "issued", List.of("issued_on", "issue_date", "effective_date", "date_issued", "issued"),
          "expires",
              List.of("expires_on", "expiration_date", "expiry_date", "expires", "expiration"),
          "status", List.of("status", "license_status"));
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("M/d/uuuu"),
          DateTimeFormatter.ofPattern("MM/dd/uuuu"));

  private LicenseRecordsCsv() {}

  /** One row: the values, or what is wrong with it. */
  public record Row(
      long line,
      String npn,
      String state,
      String number,
      Set<LineOfAuthority> lines,
      LocalDate issuedOn,
      LocalDate expiresOn,
      boolean active,
      String problem) {}

  /** The rows in order, or why the file as a whole cannot be read. */
  public record Read(List<Row> rows, String problem) {}

  public static Read read(String text) {
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), RequirementsCsv.READING)) {
      Map<String, String> columns = new java.util.HashMap<>();
      for (String header : parser.getHeaderNames()) {
        String key = header.toLowerCase(Locale.ROOT).strip().replaceAll("[^a-z0-9]+", "_");
        NAMES.forEach(
            (name, aliases) -> {
              if (aliases.contains(key.replaceAll("^_|_$", ""))) {
                columns.putIfAbsent(name, header);
              }
            });
      }
      List<String> lacking =
          List.of("npn", "state", "number", "lines", "issued").stream()
              .filter(c -> !columns.containsKey(c))
              .toList();
      if (!lacking.isEmpty()) {
        return new Read(List.of(), "the header lacks a column for: " + String.join(", ", lacking));
      }
      for (CSVRecord r : parser) {
        rows.add(row(parser.getCurrentLineNumber(), r, columns));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return new Read(List.of(), "not readable as CSV: " + e.getMessage());
    } catch (java.io.UncheckedIOException e) {
      return new Read(List.of(), "not readable as CSV: " + e.getCause().getMessage());
    }
    return new Read(rows, null);
  }

  private static Row row(long line, CSVRecord r, Map<String, String> columns) {
    List<String> wrong = new ArrayList<>();
    String npn = get(r, columns, "npn");
    if (npn == null || !npn.matches("\\d{1,10}")) {
      wrong.add("NPN must be 1 to 10 digits");
    }
    String state = States.code(get(r, columns, "state"));
    if (state == null) {
      wrong.add("state is not a US state or DC");
    }
    String number = get(r, columns, "number");
    if (number == null || number.length() > 50) {
      wrong.add("license number is missing or longer than 50 characters");
    }
    Set<LineOfAuthority> lines = EnumSet.noneOf(LineOfAuthority.class);
    String loa = get(r, columns, "lines");
    for (String part : loa == null ? new String[0] : loa.split("[;,|/]")) {
      if (part.isBlank()) {
        continue;
      }
      LineOfAuthority.parse(part.replaceAll("(?i)\\s*lines?\\s*of\\s*authority", ""))
          .ifPresentOrElse(
              lines::add, () -> wrong.add("\"" + part.strip() + "\" is not a line of authority"));
    }
    if (lines.isEmpty() && wrong.stream().noneMatch(w -> w.contains("line of authority"))) {
      wrong.add("no line of authority");
    }
    LocalDate issued = date(get(r, columns, "issued"), "issue date", wrong, true);
    LocalDate expires = date(get(r, columns, "expires"), "expiry date", wrong, false);
    if (issued != null && expires != null && !expires.isAfter(issued)) {
      wrong.add("expiry date must be after the issue date");
    }
    String status = get(r, columns, "status");
    boolean active = status == null || status.toLowerCase(Locale.ROOT).startsWith("activ");
    return new Row(
        line,
        npn,
        state,
        number,
        lines,
        issued,
        expires,
        active,
        wrong.isEmpty() ? null : String.join("; ", wrong));
  }

  private static LocalDate date(String text, String what, List<String> wrong, boolean required) {
    if (text == null) {
      if (required) {
        wrong.add(what + " is missing");
      }
      return null;
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(text, f);
      } catch (DateTimeParseException e) {
        // the next form
      }
    }
    wrong.add(what + " \"" + text + "\" is not a date (2026-03-01 or 3/1/2026)");
    return null;
  }

  private static String get(CSVRecord r, Map<String, String> columns, String name) {
    String header = columns.get(name);
    if (header == null || !r.isMapped(header) || !r.isSet(header)) {
      return null;
    }
    String v = r.get(header);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
