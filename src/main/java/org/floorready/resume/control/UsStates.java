package org.floorready.resume.control;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** US states, DC and territories with their postal codes, and patterns that find them in text. */
final class UsStates {

  private static final Map<String, String> CODE_BY_NAME = new LinkedHashMap<>();

  static {
    String[][] states = {
      {"Alabama", "AL"},
      {"Alaska", "AK"},
      {"Arizona", "AZ"},
      {"Arkansas", "AR"},
      {"California", "CA"},
      {"Colorado", "CO"},
      {"Connecticut", "CT"},
      {"Delaware", "DE"},
      {"Florida", "FL"},
      {"Georgia", "GA"},
      {"Hawaii", "HI"},
      {"Idaho", "ID"},
      {"Illinois", "IL"},
      {"Indiana", "IN"},
      {"Iowa", "IA"},
      {"Kansas", "KS"},
      {"Kentucky", "KY"},
      {"Louisiana", "LA"},
      {"Maine", "ME"},
      {"Maryland", "MD"},
      {"Massachusetts", "MA"},
      {"Michigan", "MI"},
      {"Minnesota", "MN"},
      {"Mississippi", "MS"},
      {"Missouri", "MO"},
      {"Montana", "MT"},
      {"Nebraska", "NE"},
      {"Nevada", "NV"},
      {"New Hampshire", "NH"},
      {"New Jersey", "NJ"},
      {"New Mexico", "NM"},
      {"New York", "NY"},
      {"North Carolina", "NC"},
      {"North Dakota", "ND"},
      {"Ohio", "OH"},
      {"Oklahoma", "OK"},
      {"Oregon", "OR"},
      {"Pennsylvania", "PA"},
      {"Rhode Island", "RI"},
      {"South Carolina", "SC"},
      {"South Dakota", "SD"},
      {"Tennessee", "TN"},
      {"Texas", "TX"},
      {"Utah", "UT"},
      {"Vermont", "VT"},
      {"Virginia", "VA"},
      {"Washington", "WA"},
      {"West Virginia", "WV"},
      {"Wisconsin", "WI"},
      {"Wyoming", "WY"},
      {"District of Columbia", "DC"},
      {"Washington DC", "DC"},
      {"Washington D.C.", "DC"},
      {"Puerto Rico", "PR"},
      {"Guam", "GU"},
      {"U.S. Virgin Islands", "VI"},
      {"Virgin Islands", "VI"},
      {"American Samoa", "AS"},
      {"Northern Mariana Islands", "MP"}
    };
    for (String[] state : states) {
      CODE_BY_NAME.put(state[0].toLowerCase(Locale.ROOT), state[1]);
    }
  }

  static final Set<String> CODES = Set.copyOf(CODE_BY_NAME.values());

  /** Postal codes that are also English words, trusted only in mixed-case text. */
  static final Set<String> AMBIGUOUS_CODES =
      Set.of("IN", "OR", "ME", "OK", "HI", "DE", "AS", "ID", "GU");

  /**
   * A full state name in lower case, the longest that fits ("Washington D.C." over "Washington").
   */
  static final String NAME_ALTERNATION = WordTrie.alternation(CODE_BY_NAME.keySet());

  static final String CODE_ALTERNATION = WordTrie.alternation(CODES);

  /** A state name (any case) or an upper-case postal code, as a whole word. */
  static final Pattern STATE =
      Pattern.compile(
          "(?<![\\p{L}\\d#-])(?:(?i:"
              + NAME_ALTERNATION
              + ")|(?:"
              + CODE_ALTERNATION
              + "))(?![\\p{L}\\d]|-\\d)");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern STATE_AHEAD =
      Pattern.compile("\\s*(?:(?i:" + NAME_ALTERNATION + ")|" + CODE_ALTERNATION + ")");

  private UsStates() {}

  /**
   * Whether a state name or code follows one of the commas in {@code text}, as in "Reno, NV": a
   * quick test before the patterns that read a city and state.
   */
  static boolean namedAfterComma(String text) {
    Matcher state = null;
    for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
      state = state == null ? STATE_AHEAD.matcher(text) : state;
      if (state.region(comma + 1, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** The postal code for a state name or code as written, if it is one. */
  static Optional<String> code(String nameOrCode) {
    String cleaned = SPACES.matcher(nameOrCode.trim()).replaceAll(" ");
    if (CODES.contains(cleaned)) {
      return Optional.of(cleaned);
    }
    return Optional.ofNullable(CODE_BY_NAME.get(cleaned.toLowerCase(Locale.ROOT)));
  }
}
