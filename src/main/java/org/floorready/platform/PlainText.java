package org.floorready.platform;

/**
 * Names as people see them: control characters and the invisible characters that reorder text
 * (bidirectional overrides and isolates, used to disguise a name or a file name) are removed, runs
 * of blanks become one space, and the ends are trimmed.
 */
public final class PlainText {
  private PlainText() {}

  /** {@code text} without control or bidirectional formatting characters; null stays null. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean blank = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        blank = out.length() > 0;
        continue;
      }
      if (Character.getType(c) == Character.CONTROL || isBidiControl(c)) {
        continue;
      }
      if (blank) {
        out.append(' ');
        blank = false;
      }
      out.appendCodePoint(c);
    }
    return out.toString();
  }

  private static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E) // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // isolates
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }
}
