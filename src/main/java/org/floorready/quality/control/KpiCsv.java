package org.floorready.quality.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.floorready.platform.InvalidInput;

/**
 * A KPI file read as a stream, record by record (Apache Commons CSV): its header is mapped to the
 * KPI fields, by a saved or given mapping (field → column) or else by the usual column names.
 */
public final class KpiCsv implements Iterator<KpiCsv.Record>, AutoCloseable {
  /** One data record: its line in the file and its texts by KPI field. */
  public record Record(long line, Map<String, String> texts) {}

  /** Column names the platforms commonly use, by field (compared without case, spaces or signs). */
  static final Map<String, List<String>> USUAL =
      Map.ofEntries(
          Map.entry(
              "agentId", List.of("agentid", "agent", "agentnumber", "employeeid", "extension")),
          Map.entry("email", List.of("email", "emailaddress", "agentemail")),
          Map.entry(
              "periodStart", List.of("periodstart", "date", "day", "week", "weekstart", "weekof")),
          Map.entry("periodDays", List.of("perioddays", "days")),
          Map.entry("callsHandled", List.of("callshandled", "calls", "handled", "handledcalls")),
          Map.entry(
              "ahtSeconds", List.of("ahtseconds", "aht", "averagehandletime", "avghandletime")),
          Map.entry(
              "talkSeconds",
              List.of("talkseconds", "att", "averagetalktime", "avgtalktime", "talktime")),
          Map.entry(
              "holdSeconds",
              List.of(
                  "holdseconds",
                  "hold",
                  "averageholdtime",
                  "avgholdtime",
                  "holdtime",
                  "waittime",
                  "averagewaittime")),
          Map.entry("followUps", List.of("followups", "followupcalls")),
          Map.entry("quotes", List.of("quotes", "quotesgiven")),
          Map.entry(
              "policiesSold",
              List.of("policiessold", "policies", "sales", "salesconversions", "conversions")),
          Map.entry("qaScore", List.of("qascore", "qa", "quality", "qualityscore")),
          Map.entry("adherence", List.of("adherence", "scheduleadherence")));

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> columnOf = new LinkedHashMap<>();

  /**
   * Opens the file; {@code mapping} (field → column header, may be empty) overrides the usual
   * names. A mapping naming a column the file lacks, or a file with no way to tell whose row it is
   * or which period, is refused whole.
   */
  public KpiCsv(Reader in, Map<String, String> mapping) {
    try {
      this.parser =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreSurroundingSpaces(true)
              .setIgnoreEmptyLines(true)
              .build()
              .parse(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidInput("file", "is not a CSV file with a header line: " + e.getMessage());
    }
    Map<String, Integer> headers = new HashMap<>();
    List<String> names = parser.getHeaderNames();
    for (int i = 0; i < names.size(); i++) {
      headers.putIfAbsent(normal(names.get(i)), i);
    }
    for (Map.Entry<String, String> m : mapping.entrySet()) {
      if (!KpiRow.FIELDS.contains(m.getKey())) {
        throw new InvalidInput(
            "mapping", m.getKey() + " is not a KPI field; fields: " + KpiRow.FIELDS);
      }
      Integer column = headers.get(normal(m.getValue()));
      if (column == null) {
        throw new InvalidInput(
            "mapping", "the file has no column " + m.getValue() + " for " + m.getKey());
      }
      columnOf.put(m.getKey(), column);
    }
    for (String field : KpiRow.FIELDS) {
      if (!columnOf.containsKey(field)) {
        USUAL.get(field).stream()
            .map(headers::get)
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .ifPresent(c -> columnOf.put(field, c));
      }
    }
    if (!columnOf.containsKey("agentId") && !columnOf.containsKey("email")) {
      throw new InvalidInput(
          "mapping", "no column tells whose row it is: map agentId or email to one of " + names);
    }
    if (!columnOf.containsKey("periodStart")) {
      throw new InvalidInput(
          "mapping", "no column gives the day or week: map periodStart to one of " + names);
    }
    this.records = parser.iterator();
  }

  /** The columns used, by field, as the file names them. */
  public Map<String, String> mapping() {
    List<String> names = parser.getHeaderNames();
    Map<String, String> used = new LinkedHashMap<>();
    columnOf.forEach((field, column) -> used.put(field, names.get(column)));
    return used;
  }

  @Override
  public boolean hasNext() {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw new InvalidInput("file", "could not be read as CSV: " + e.getCause().getMessage());
    }
  }

  @Override
  public Record next() {
    CSVRecord r;
    try {
      r = records.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new InvalidInput("file", "could not be read as CSV: " + e.getMessage());
    }
    Map<String, String> texts = new HashMap<>();
    columnOf.forEach((field, column) -> texts.put(field, column < r.size() ? r.get(column) : null));
    // the line the record ends on (blank lines and quoted line breaks counted)
    return new Record(parser.getCurrentLineNumber(), texts);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  static String normal(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
