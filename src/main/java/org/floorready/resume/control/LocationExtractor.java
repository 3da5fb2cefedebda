package org.floorready.resume.control;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.floorready.resume.entity.Location;

/**
 * The applicant's home city and state. Employers' cities look the same, so each "City, ST" is
 * scored by where it stands: next to the phone or email, with a ZIP code, near the top, after an
 * "Address:" label; inside work history or education it counts against.
 */
final class LocationExtractor {

  private static final Pattern CITY_STATE =
      Pattern.compile(
          "(?<![\\p{L}])(\\p{Lu}[\\p{L}'.-]*(?: (?:\\p{Lu}[\\p{L}'.-]*|de|del|la|of)){0,3}),\\s*((?i:"
              + UsStates.NAME_ALTERNATION
              + ")|(?:"
              + UsStates.CODE_ALTERNATION
              + "))"
              + "(?![\\p{L}\\d])(\\s+\\d{5}(?:-\\d{4})?)?");
  private static final Pattern CITY_CODE_ZIP =
      Pattern.compile(
          "(?:^|[|·•,:]\\s*)(\\p{Lu}[\\p{L}'.-]*(?: \\p{Lu}[\\p{L}'.-]*){0,2}) ("
              + UsStates.CODE_ALTERNATION
              + ")( \\d{5}(?:-\\d{4})?)(?!\\d)");

  /** "Tulsa OK US", as some resume themes print an address without commas. */
  private static final Pattern CITY_CODE_COUNTRY =
      Pattern.compile(
          "(?:^|[|·•,:]\\s*)(\\p{Lu}[\\p{L}'.-]*(?: \\p{Lu}[\\p{L}'.-]*){0,2}) ("
              + UsStates.CODE_ALTERNATION
              + ")(?: (\\d{5}))? (?:US|USA)(?![\\p{L}\\d])");

  private static final List<Pattern> PLACE_PATTERNS =
      List.of(CITY_STATE, CITY_CODE_ZIP, CITY_CODE_COUNTRY);

  /** Lines listing license states ("non-resident: IL, OK") name states, not a home town. */
  private static final Pattern LICENSE_LINE =
      Pattern.compile("(?i)licen[cs]|resident|\\bNPN\\b|producer");

  private static final Pattern STATE_CODE = Pattern.compile("\\p{Lu}{2}");
  private static final Pattern CONTACT =
      Pattern.compile("@|\\(?\\d{3}\\)?[\\s./-]*\\d{3}[\\s./-]*\\d{4}");
  private static final Pattern HOME_LABEL =
      Pattern.compile("(?i)\\b(?:address|location|home|contact|lives? in|based in)\\b");
  private static final Pattern CITY_LABEL =
      Pattern.compile("^(?i:contact|address|location|home|cell|tel|phone)\\b.*");
  private static final int TOP_LINES = 6;
  private static final int LONGEST_ADDRESS_LINE = 300;

  private LocationExtractor() {}

  static Optional<Found<Location>> extract(ResumeText text) {
    List<ResumeLine> lines = text.lines();
    Found<Location> best = null;
    int bestScore = 0;
    // whether each line holds a phone or an email, worked out once when a place needs it
    Boolean[] contact = new Boolean[lines.size()];
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index).text();
      if (line.length() > LONGEST_ADDRESS_LINE) {
        continue;
      }
      // CITY_STATE needs a state after a comma and CITY_CODE_ZIP a ZIP code: most lines have
      // neither
      boolean comma = UsStates.namedAfterComma(line);
      for (Pattern pattern : PLACE_PATTERNS) {
        boolean possible =
            pattern == CITY_STATE
                ? comma
                : pattern == CITY_CODE_ZIP ? hasZip(line) : line.contains(" US");
        if (!possible) {
          continue;
        }
        Matcher match = pattern.matcher(line);
        while (match.find()) {
          String city = match.group(1).trim();
          if (STATE_CODE.matcher(city).matches()) {
            continue;
          }
          int score = score(lines, contact, index, text.kindAt(index), match.group(3) != null);
          if (score > bestScore && !CITY_LABEL.matcher(city).matches()) {
            bestScore = score;
            String state = UsStates.code(match.group(2)).orElseThrow();
            best = new Found<>(new Location(city, state, "US"), line);
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean hasZip(String line) {
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      run = Character.isDigit(line.charAt(i)) ? run + 1 : 0;
      if (run == 5) {
        return true;
      }
    }
    return false;
  }

  private static int digits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
    }
    return digits;
  }

  private static int score(
      List<ResumeLine> lines, Boolean[] contact, int index, SectionKind kind, boolean zip) {
    ResumeLine line = lines.get(index);
    int score = 1;
    boolean contactLine = isContact(lines, contact, index);
    boolean besideContact = !contactLine && nearContact(lines, contact, index);
    if (contactLine) {
      score += 3;
    } else if (besideContact) {
      score += 2;
    }
    if (zip) {
      score += 2;
    }
    if (index < TOP_LINES) {
      score += 2;
    }
    if (HOME_LABEL.matcher(line.text()).find()) {
      score += 2;
    }
    // a town in the work history or education is an employer's or a school's, unless it sits in
    // a contact block that a two-column PDF's text extraction dropped under that heading
    boolean elsewhere =
        kind == SectionKind.EXPERIENCE
            || kind == SectionKind.EDUCATION
            || kind == SectionKind.LICENSES;
    if ((elsewhere && !contactLine && !besideContact) || LICENSE_LINE.matcher(line.text()).find()) {
      score -= 3;
    } else if (elsewhere) {
      score -= 1;
    }
    return score;
  }

  private static boolean nearContact(List<ResumeLine> lines, Boolean[] contact, int index) {
    for (int i = Math.max(0, index - 2); i < Math.min(lines.size(), index + 3); i++) {
      if (i != index && isContact(lines, contact, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isContact(List<ResumeLine> lines, Boolean[] contact, int index) {
    if (contact[index] == null) {
      String line = lines.get(index).text();
      // an email has an @, a phone ten digits
      contact[index] =
          (line.indexOf('@') >= 0 || digits(line) >= 10) && CONTACT.matcher(line).find();
    }
    return contact[index];
  }
}
