package org.floorready.resume.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds license tables into one text per row, so a row reads like a written license line: tables
 * that Tika flattened to one cell per line ("State", "Type", "License #", then "Alabama",
 * "Resident", ...) and plain-text tables whose columns are separated by wide gaps.
 */
final class LicenseTableRows {

  private static final Pattern HEADER_CELL =
      Pattern.compile(
          "(?i)(?:license\\s+|licence\\s+)?(?:state|type|class|lines?(?:\\s+of\\s+authority)?|authority"
              + "|number|no\\.?|#"
              + "|status|residency|resident\\s+status|expir\\w*|exp\\.?(?:\\s+date)?|issued|effective|category"
              + "|license|licence|jurisdiction|date)(?:\\s*#)?");
  private static final Pattern COLUMN_GAP = Pattern.compile(" {3,}");
  private static final Pattern RULE = Pattern.compile("[-=+|:\\s]{3,}");
  private static final Pattern NUMBER_HEADER = Pattern.compile("(?i).*(?:number|no\\.?|#).*");
  private static final Pattern EXPIRY_HEADER = Pattern.compile("(?i)\\bexp");
  private static final Pattern BARE_NUMBER = Pattern.compile("[A-Z]{0,3}-?\\d[\\dA-Z-]{3,15}");

  private LicenseTableRows() {}

  /** The section's lines with every recognized table turned into one line per row. */
  static List<String> records(List<ResumeLine> lines) {
    List<String> records = new ArrayList<>();
    List<String> gapHeader = null;
    int i = 0;
    while (i < lines.size()) {
      int columns = headerWidth(lines, i);
      if (columns >= 2) {
        i = readCellPerLine(lines, i, columns, records);
        continue;
      }
      String text = lines.get(i++).text();
      List<String> cells = List.of(COLUMN_GAP.split(text.strip()));
      if (RULE.matcher(text).matches()) {
        continue;
      }
      if (cells.size() >= 2 && cells.stream().allMatch(LicenseTableRows::isHeaderCell)) {
        gapHeader = cells;
      } else if (gapHeader != null && cells.size() == gapHeader.size()) {
        records.add(row(gapHeader, cells));
      } else {
        records.add(String.join(" | ", cells));
      }
    }
    return records;
  }

  static boolean isHeaderCell(String text) {
    return HEADER_CELL.matcher(text.strip()).matches();
  }

  private static int readCellPerLine(
      List<ResumeLine> lines, int from, int columns, List<String> records) {
    List<String> header =
        lines.subList(from, from + columns).stream().map(ResumeLine::text).toList();
    int i = from + columns;
    while (i + columns <= lines.size()) {
      List<String> cells = lines.subList(i, i + columns).stream().map(ResumeLine::text).toList();
      if (cells.stream().noneMatch(cell -> UsStates.STATE.matcher(cell).find())) {
        break;
      }
      records.add(row(header, cells));
      i += columns;
    }
    return i;
  }

  private static int headerWidth(List<ResumeLine> lines, int from) {
    int width = 0;
    while (from + width < lines.size() && isHeaderCell(lines.get(from + width).text())) {
      width++;
    }
    return width;
  }

  private static String row(List<String> header, List<String> cells) {
    List<String> parts = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      boolean numberColumn =
          NUMBER_HEADER.matcher(header.get(c)).matches() && BARE_NUMBER.matcher(cell).matches();
      boolean expiryColumn = EXPIRY_HEADER.matcher(header.get(c)).find();
      parts.add(numberColumn ? "License # " + cell : expiryColumn ? "expires " + cell : cell);
    }
    return String.join(" | ", parts);
  }
}
