package org.floorready.resume.control;

/**
 * Strips separators from the ends of a text without a regex ("^[…]+|[…]+$" scans every position).
 */
final class TextEdges {

  private TextEdges() {}

  /**
   * @param leading characters removed from the start, besides white space
   * @param trailing characters removed from the end, besides white space
   */
  static String strip(String text, String leading, String trailing) {
    int start = 0;
    int end = text.length();
    while (start < end && isIn(text.charAt(start), leading)) {
      start++;
    }
    while (end > start && isIn(text.charAt(end - 1), trailing)) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isIn(char c, String separators) {
    // what \s means in a Java regex
    return c == ' ' || (c >= '\t' && c <= '\r') || separators.indexOf(c) >= 0;
  }
}
