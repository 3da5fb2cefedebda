package org.floorready.resume.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The applicant's name: the first name-shaped line above the first heading, else one next to the
 * email address (for resumes that put the contact block last), else a "Name:" label. Credentials
 * written after the name (", CIC") are dropped and shouted names are put in normal case.
 */
final class NameExtractor {

  private static final Pattern FIRST_SEGMENT =
      Pattern.compile("\\s+[|·•—–]\\s+|\\s+-\\s+|\\t| {3,}");
  private static final Pattern LABEL =
      Pattern.compile("^(?i:name|full name|applicant|candidate)\\s*[:\\-]\\s*");
  private static final Pattern CONTACT_DETAIL = Pattern.compile("@|\\d{3}\\D{0,2}\\d{3}\\D\\d{4}");

  /** Product names such as "CXone" or "EZLynx" start with two capitals; personal names do not. */
  private static final Pattern PRODUCT_WORD = Pattern.compile("^\\p{Lu}{2,}\\p{Ll}");

  private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]{0,30}\\)");

  /** A nickname in quotes: Katherine "Kate" Lin. */
  private static final Pattern QUOTED_NICKNAME =
      Pattern.compile("\\s*[\"“”'‘’][\\p{L} .-]{1,20}[\"“”'‘’](?=\\s)");

  /** "Resume of Jane Doe", "Curriculum Vitae – Jane Doe". */
  private static final Pattern DOCUMENT_TITLE =
      Pattern.compile("^(?i:r[eé]sum[eé]|curriculum vitae|cv)\\s*(?:of|for|[:–—-])\\s+");

  private static final Pattern TRAILING_NUMBER = Pattern.compile("\\s+[(+]?\\d.*$");

  private static final Pattern DOCUMENT_TITLE_ONLY =
      Pattern.compile("(?i)\\s*(?:r[eé]sum[eé]|curriculum vitae|cv)\\s*:?\\s*");

  /** "Tulsa, OK" or "Little Rock, AR US": a place, not a person. */
  private static final Pattern ENDS_WITH_STATE =
      Pattern.compile(",\\s*\\p{Lu}{2}(?:\\s+(?:US|USA|\\d{5}))?$");

  private static final Pattern NAME_WORD =
      Pattern.compile("\\p{Lu}[\\p{L}'-]*\\p{L}\\.?|\\p{Lu}\\.?|\\p{Lu}\\.\\p{Lu}\\.");
  private static final Pattern TRAILING_CREDENTIALS =
      Pattern.compile(
          "(?:[\\s,]+(?:CIC|CPCU|CISR|CRIS|AINS"
              + "|AIS|AAI|ARM|AU|CLU|ChFC|LUTCF|RHU|REBC|FLMI|CFP|MBA|MA|BA|BS|PhD|Ph\\.D\\.|CSR|CPIA|CIPP|PMP))+$");
  private static final Set<String> NOT_NAME_WORDS =
      Set.of(
          "resume",
          "résumé",
          "cv",
          "curriculum",
          "vitae",
          "licensed",
          "agent",
          "sales",
          "insurance",
          "representative",
          "summary",
          "profile",
          "manager",
          "specialist",
          "customer",
          "service",
          "phone",
          "email",
          "address",
          "street",
          "avenue",
          "road",
          "suite",
          "apt",
          "objective",
          "experience",
          "page",
          "contact",
          "producer",
          "property",
          "casualty",
          "bilingual",
          "center",
          "inc",
          "llc",
          "agency",
          "university",
          "college",
          "school",
          "references",
          "skills",
          "languages",
          "education",
          "lines",
          "supervisor",
          "associate",
          "assistant",
          "lead",
          "teller",
          "cashier",
          "server",
          "barista",
          "advocate",
          "analyst",
          "coordinator",
          "clerk",
          "teacher",
          "warehouse",
          "retail",
          "store",
          "shift",
          "claims",
          "account",
          "support",
          "team");

  /** Tika's ODT output runs a heading into the next paragraph: "Jane DoeLicensed Agent". */
  private static final Pattern GLUED_PARAGRAPH = Pattern.compile("(?<=\\p{Ll}{2}|\\))(?=\\p{Lu})");

  private static final int TOP_LINES = 8;
  private static final int LONGEST_NAME_LINE = 200;
  private static final int EMAIL_REACH = 3;

  private NameExtractor() {}

  static Optional<Found<String>> extract(ResumeText text, List<Found<String>> emails) {
    List<ResumeLine> lines = text.lines();
    // a first line that only says "Resume" may be taken for a heading: the name is below it
    int first = 0;
    while (first < lines.size() && DOCUMENT_TITLE_ONLY.matcher(lines.get(first).text()).matches()) {
      first++;
    }
    SectionKind top = first < lines.size() ? text.kindAt(first) : SectionKind.HEADER;
    for (int i = first;
        i < Math.min(TOP_LINES, lines.size())
            && (text.kindAt(i) == SectionKind.HEADER || (first > 0 && text.kindAt(i) == top));
        i++) {
      Optional<Found<String>> name = nameIn(lines.get(i));
      if (name.isPresent()) {
        return name;
      }
    }
    for (Found<String> email : emails) {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).text().equals(email.source())) {
          for (int j = Math.max(0, i - EMAIL_REACH);
              j <= Math.min(lines.size() - 1, i + EMAIL_REACH);
              j++) {
            Optional<Found<String>> name = nameBesideContact(lines.get(j));
            if (name.isPresent()) {
              return name;
            }
          }
        }
      }
    }
    return lines.stream()
        .filter(line -> LABEL.matcher(line.text()).lookingAt())
        .map(NameExtractor::nameIn)
        .flatMap(Optional::stream)
        .findFirst();
  }

  static Optional<Found<String>> nameIn(ResumeLine line) {
    String text = line.text();
    if (line.bulleted() || SectionHeadings.isHeading(text)) {
      return Optional.empty();
    }
    Optional<String> name = text.length() > LONGEST_NAME_LINE ? Optional.empty() : cleaned(text);
    Matcher glued = GLUED_PARAGRAPH.matcher(text);
    if (name.isEmpty() && glued.find() && glued.start() <= LONGEST_NAME_LINE) {
      name = cleaned(text.substring(0, glued.start()));
    }
    return name.map(found -> new Found<>(PersonNameCase.normalize(found), text));
  }

  /** A line near the email is a name only if it is nothing else, or the contact line itself. */
  private static Optional<Found<String>> nameBesideContact(ResumeLine line) {
    boolean alone = FIRST_SEGMENT.split(line.text(), 2).length == 1;
    boolean contactLine = CONTACT_DETAIL.matcher(line.text()).find();
    return alone || contactLine ? nameIn(line) : Optional.empty();
  }

  private static final Pattern NICKNAME =
      Pattern.compile("[\"“”'‘’(]\\s*(\\p{Lu}[\\p{L}.-]{1,19})\\s*[\"“”'‘’)]");

  /** The nickname written in the name line (in quotes or parentheses), if any. */
  static Optional<String> nickname(String nameLine) {
    String first =
        FIRST_SEGMENT.split(DOCUMENT_TITLE.matcher(nameLine.trim()).replaceFirst(""), 2)[0];
    Matcher matcher = NICKNAME.matcher(first);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** The line without a tagline, label, aside or credentials, if what is left looks like a name. */
  private static Optional<String> cleaned(String text) {
    String candidate = DOCUMENT_TITLE.matcher(text.trim()).replaceFirst("");
    candidate = FIRST_SEGMENT.split(candidate, 2)[0].trim();
    if (ENDS_WITH_STATE.matcher(candidate).find()) {
      return Optional.empty();
    }
    candidate = LABEL.matcher(candidate).replaceFirst("");
    // a phone number run onto the name line: "Zoë Okafor (912) 555-0117"
    candidate = TRAILING_NUMBER.matcher(candidate).replaceFirst("");
    candidate = QUOTED_NICKNAME.matcher(candidate).replaceAll("");
    candidate = ASIDE.matcher(candidate).replaceAll(" ").trim();
    if (PlaceNames.isPlace(candidate)) {
      return Optional.empty();
    }
    int comma = candidate.indexOf(',');
    if (comma > 0) {
      String after = candidate.substring(comma + 1).trim();
      candidate =
          candidate.substring(0, comma).trim()
              + (PersonNameCase.SUFFIXES.contains(after.toLowerCase(Locale.ROOT))
                  ? ", " + after
                  : "");
    }
    candidate = TRAILING_CREDENTIALS.matcher(candidate).replaceFirst("").trim();
    return looksLikeName(candidate) ? Optional.of(candidate) : Optional.empty();
  }

  private static boolean looksLikeName(String candidate) {
    String[] words = candidate.split("\\s+");
    if (words.length < 2 || words.length > 6) {
      return false;
    }
    int nameWords = 0;
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT).replace(",", "");
      if (NOT_NAME_WORDS.contains(lower)) {
        return false;
      }
      if (PersonNameCase.PARTICLES.contains(lower) && !word.equals(word.toUpperCase(Locale.ROOT))
          || PersonNameCase.SUFFIXES.contains(lower)) {
        continue;
      }
      Matcher matcher = NAME_WORD.matcher(word.replace(",", ""));
      if (!matcher.matches() || PRODUCT_WORD.matcher(word).find()) {
        return false;
      }
      if (word.replace(".", "").length() > 1) {
        nameWords++;
      }
    }
    return nameWords >= 2;
  }
}
