package org.floorready.resume.control;

/** Case-blind substring tests: quick checks before case-insensitive patterns, which scan slowly. */
final class IgnoringCase {

  private IgnoringCase() {}

  /**
   * @param word in lower case
   */
  static boolean contains(String text, String word) {
    char lower = word.charAt(0);
    char upper = Character.toUpperCase(lower);
    int last = text.length() - word.length();
    for (int at = 0; at <= last; at++) {
      char c = text.charAt(at);
      if ((c == lower || c == upper)
          && text.regionMatches(true, at + 1, word, 1, word.length() - 1)) {
        return true;
      }
    }
    return false;
  }
}
