package org.floorready.resume.control;

import java.util.Locale;
import java.util.Set;

/**
 * Turns a name typed in capitals into the way it is normally written: "DE LOS SANTOS" → "de los
 * Santos".
 */
final class PersonNameCase {

  static final Set<String> PARTICLES =
      Set.of(
          "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le",
          "los", "las", "van", "von", "ter", "ten", "bin", "binti", "ibn", "y", "e", "al", "el");
  static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v");

  private PersonNameCase() {}

  /** Re-cases the words that are all capitals; words already in mixed case are kept as written. */
  static String normalize(String name) {
    String[] words = name.trim().split("\\s+");
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (isShouted(word)) {
        word = recase(word, i == 0);
      }
      result.append(i == 0 ? "" : " ").append(word);
    }
    return result.toString();
  }

  private static boolean isShouted(String word) {
    return word.chars().noneMatch(Character::isLowerCase)
        && word.chars().filter(Character::isLetter).count() > 1;
  }

  private static String recase(String word, boolean first) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (SUFFIXES.contains(lower)) {
      return lower.startsWith("i") || lower.equals("v") ? word : capitalize(lower);
    }
    if (!first && PARTICLES.contains(lower)) {
      return lower;
    }
    StringBuilder out = new StringBuilder(lower.length());
    boolean startOfPart = true;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      out.append(startOfPart ? Character.toUpperCase(c) : c);
      startOfPart = c == '-' || c == '\'' || c == '.';
    }
    String cased = out.toString();
    if (cased.length() > 3 && cased.startsWith("Mc")) {
      cased = "Mc" + Character.toUpperCase(cased.charAt(2)) + cased.substring(3);
    }
    return cased;
  }

  private static String capitalize(String lower) {
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
