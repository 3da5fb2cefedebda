package org.floorready.resume.control;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the accents that tesseract's English model drops ("Ramírez" read as "Ramirez"), from a
 * second reading of the same page with the Spanish model first ({@code spa+eng}), which keeps
 * accents but reads symbols worse ("@" as "(W", "#" as "4"). The English reading is kept as it is;
 * only a capitalized plain word whose accented form the Spanish reading has is replaced, and only
 * when that form is the one accented spelling of the word there (case included: "Alvarez" takes
 * "Álvarez", "ALVAREZ" only "ÁLVAREZ").
 */
final class OcrAccents {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private OcrAccents() {}

  /** {@code english} with each plain word accented as {@code accented} writes it. */
  static String restore(String english, String accented) {
    Map<String, String> spellings = accentedSpellings(accented);
    if (spellings.isEmpty()) {
      return english;
    }
    Matcher word = WORD.matcher(english);
    StringBuilder out = new StringBuilder(english.length());
    while (word.find()) {
      // names, places and languages are capitalized; a lower-case word may be an email's or a
      // web address's, which keep their plain letters ("jose.alvarez@…" under "José Álvarez")
      String found =
          Character.isUpperCase(word.group().charAt(0)) ? spellings.get(word.group()) : null;
      word.appendReplacement(out, Matcher.quoteReplacement(found == null ? word.group() : found));
    }
    word.appendTail(out);
    return out.toString();
  }

  /**
   * Each accented word of the text by its plain spelling; words read two ways (two accented forms,
   * or accented and plain) are left out.
   */
  private static Map<String, String> accentedSpellings(String text) {
    Map<String, String> spellings = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    Set<String> plainWords = new HashSet<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      String accented = word.group();
      String plain = plain(accented);
      if (plain.equals(accented)) {
        plainWords.add(accented);
        continue;
      }
      String before = spellings.putIfAbsent(plain, accented);
      if (before != null && !before.equals(accented)) {
        ambiguous.add(plain);
      }
    }
    ambiguous.forEach(spellings::remove);
    plainWords.forEach(spellings::remove);
    return spellings;
  }

  /** The word without its accents, if every letter is a plain Latin letter once they are gone. */
  static String plain(String word) {
    String stripped = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    return stripped.chars().allMatch(c -> c < 128) ? stripped : word;
  }
}
