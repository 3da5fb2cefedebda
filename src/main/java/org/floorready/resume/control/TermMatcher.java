package org.floorready.resume.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the canonical names of terms (skills, languages) in a line by any of their spellings. Whole
 * words only, longest spelling first, so "Guidewire PolicyCenter" is not also "Guidewire".
 */
final class TermMatcher {

  private record Spelling(String name, String text, String folded, boolean exactCase) {}

  record Hit(String name, int start, int end) {}

  private static final Set<Character.UnicodeScript> UNSPACED_SCRIPTS =
      Set.of(
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.HIRAGANA,
          Character.UnicodeScript.KATAKANA,
          Character.UnicodeScript.THAI,
          Character.UnicodeScript.LAO,
          Character.UnicodeScript.KHMER,
          Character.UnicodeScript.MYANMAR);

  private final List<Spelling> spellings;

  TermMatcher(Collection<TermDefinition> terms) {
    List<Spelling> all = new ArrayList<>();
    for (TermDefinition term : terms) {
      if (!term.aliases().contains("=" + term.name())) {
        all.add(spelling(term.name(), term.name()));
      }
      term.aliases().forEach(alias -> all.add(spelling(term.name(), alias)));
    }
    all.sort(Comparator.comparingInt((Spelling s) -> s.text().length()).reversed());
    this.spellings = List.copyOf(all);
  }

  static List<TermDefinition> readResource(String name) {
    InputStream in = TermMatcher.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(TermDefinition::parse)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Terms found in the text, in the order they appear. */
  List<Hit> find(String text) {
    String folded = fold(text);
    BitSet taken = new BitSet(text.length());
    List<Hit> hits = new ArrayList<>();
    for (Spelling spelling : spellings) {
      String haystack = spelling.exactCase() ? text : folded;
      String needle = spelling.exactCase() ? spelling.text() : spelling.folded();
      for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        int end = at + needle.length();
        if (taken.get(at, end).isEmpty() && isWholeWord(text, at, end)) {
          taken.set(at, end);
          hits.add(new Hit(spelling.name(), at, end));
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    return hits;
  }

  private static Spelling spelling(String name, String written) {
    boolean exactCase = written.startsWith("=");
    String text = exactCase ? written.substring(1) : written;
    return new Spelling(name, text, fold(text), exactCase);
  }

  /** Lower-cases char by char so positions in the folded text match the original. */
  private static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  private static boolean isWholeWord(String text, int start, int end) {
    return edgeIsFree(text, start, start - 1) && edgeIsFree(text, end - 1, end);
  }

  private static boolean edgeIsFree(String text, int inside, int outside) {
    if (outside < 0 || outside >= text.length()) {
      return true;
    }
    char edge = text.charAt(inside);
    if (!Character.isLetterOrDigit(edge)
        || UNSPACED_SCRIPTS.contains(Character.UnicodeScript.of(edge))) {
      return true;
    }
    return !Character.isLetterOrDigit(text.charAt(outside));
  }
}
