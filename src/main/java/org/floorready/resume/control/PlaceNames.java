package org.floorready.resume.control;

import java.util.regex.Pattern;

/** Recognizes place names that trail employer and school names ("Acme Insurance, Dallas, TX"). */
final class PlaceNames {

  static final String COUNTRY =
      "(?:United States(?: of America)?|USA|U\\.S\\.A?\\.?|Canada|Mexico|Philippines"
          + "|India|Pakistan|Bangladesh|Nigeria|Ghana|Kenya|Ethiopia|Somalia|Egypt|Morocco|South Africa|Haiti"
          + "|Jamaica|Dominican Republic|Cuba|Honduras|Guatemala|El Salvador|Nicaragua|Colombia|Venezuela"
          + "|Peru|Ecuador|Brazil|Argentina|Chile|Portugal|Spain|France|Germany|Italy|Poland|Ukraine|Russia"
          + "|United Kingdom|UK|England|Ireland|China|Japan|Korea|South Korea|Vietnam|Thailand|Indonesia"
          + "|Malaysia|Laos|Cambodia|Nepal|Sri Lanka|Iran|Iraq|Syria|Lebanon|Jordan|Turkey|Greece|Romania"
          + "|Albania|Bosnia|Australia|New Zealand|Azores)";

  private static final String REGION =
      "(?:(?i:"
          + UsStates.NAME_ALTERNATION
          + ")|(?:"
          + UsStates.CODE_ALTERNATION
          + ")|"
          + COUNTRY
          + ")";
  private static final String PLACE =
      "\\p{Lu}[\\p{L}'.-]*(?: (?:\\p{Lu}[\\p{L}'.-]*|de|del|la|of|au)){0,3}";

  /** ", City, ST 12345" or ", ST" at the end of a text, with an optional "(Remote)". */
  private static final Pattern TAIL =
      Pattern.compile(
          "(?:,\\s*|\\s+[-–—]\\s+)"
              + PLACE
              + ",\\s*"
              + REGION
              + "(?:\\s+\\d{5}(?:-\\d{4})?)?\\.?\\s*(?:\\(?(?i:remote)\\)?)?\\s*$|,\\s*"
              + REGION
              + "\\s*$"
              + "|[,(]\\s*(?i:remote)\\)?\\s*$");

  private static final Pattern ONLY =
      Pattern.compile(
          "^(?:" + PLACE + ",\\s*)?" + REGION + "(?:\\s+\\d{5}(?:-\\d{4})?)?\\.?$|^(?i:remote)$");

  private static final int LONGEST_PLACE = 100;

  private PlaceNames() {}

  static boolean isPlace(String text) {
    return text.length() <= LONGEST_PLACE && ONLY.matcher(text.trim()).matches();
  }

  static String withoutTrailingPlace(String text) {
    if (text.length() > LONGEST_PLACE * 2) {
      return text.trim();
    }
    return TAIL.matcher(text.trim()).replaceFirst("").trim();
  }
}
