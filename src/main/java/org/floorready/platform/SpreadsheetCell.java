package org.floorready.platform;

/**
 * Text bound for a CSV a spreadsheet opens: a cell starting with = + - @ (or a tab or carriage
 * return) would run as a formula, so it gets a leading apostrophe.
 */
public final class SpreadsheetCell {
  private SpreadsheetCell() {}

  public static String safe(String text) {
    return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
        ? "'" + text
        : text;
  }
}
