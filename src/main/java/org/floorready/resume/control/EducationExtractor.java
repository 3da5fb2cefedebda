package org.floorready.resume.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.floorready.resume.entity.Education;

/**
 * Schools from the education section: institution, credential and the year finished (or expected).
 * An entry may take one line ("School — B.S. Marketing, 2013") or two (school, then degree).
 */
final class EducationExtractor {

  private static final Pattern INSTITUTION =
      Pattern.compile(
          "(?i)universit|college|institut|school|academy|polytechnic|lyc[ée]e|conservator|seminary|escuela|colegio"
              + "|universidad|universit[ée]|faculdade|\\btech\\b|\\bIUPUI\\b|\\bCUNY\\b|\\bSUNY\\b");
  private static final Pattern CREDENTIAL =
      Pattern.compile(
          "(?<![\\p{L}])(?:[BMA]\\.\\s?[AS]\\.|A\\.A\\.S\\.?|AAS|B\\.?B\\.?A\\.?|M\\.?B\\.?A\\.?|B\\.?Com\\.?"
              + "|Ph\\.?D\\.?"
              + "|GED|HSED|BSN|MSN|(?:BA|BS|MS|MA|AS|AA)(?=\\s+(?:in\\b|of\\b|degree|\\p{Lu})))(?![\\p{L}])"
              + "|(?i:bachelor|master|associate(?:'s)?\\s+(?:of|in|degree)|diploma|certificate|degree|baccalaur"
              + "|licentiate|coursework|doctor)");
  private static final Pattern YEAR =
      Pattern.compile("(?<![\\p{L}\\d])(19[5-9]\\d|20\\d\\d)(?!\\d)");
  private static final Pattern STRONG_SEPARATOR = Pattern.compile("\\s+[—–|·•-]\\s+|\\t");
  private static final Pattern DATES =
      Pattern.compile(
          "\\([^()]*\\d[^()]*\\)|[^,()]*\\b(?:19[5-9]\\d|20\\d\\d)\\b[^,()]*|(?i:GPA)\\s*[\\d.]+"
              + "|(?i:in progress|expected)");
  private static final String LEADING_JUNK = ",;:|·•—–-";
  private static final String TRAILING_JUNK = ",;:|·•—–(-";

  private static final int LONGEST_SECTION = 30;
  private static final int ABBREVIATION = 8;

  private EducationExtractor() {}

  static List<Found<Education>> extract(ResumeText text) {
    List<Found<Education>> schools = new ArrayList<>();
    String institution = null;
    String credential = null;
    Integer year = null;
    String source = null;
    for (ResumeLine line :
        text.linesOf(SectionKind.EDUCATION).stream().limit(LONGEST_SECTION).toList()) {
      String lineInstitution = institutionIn(line.text());
      String lineCredential = credentialIn(line.text(), lineInstitution);
      boolean startsEntry =
          lineInstitution != null || (credential != null && lineCredential != null);
      if (startsEntry && (institution != null || credential != null)) {
        schools.add(new Found<>(new Education(institution, credential, year), source));
        institution = null;
        credential = null;
        year = null;
      }
      if (lineInstitution == null && lineCredential == null) {
        if (!line.bulleted() && (institution != null || credential != null)) {
          Integer wrappedYear = lastYear(line.text());
          year = wrappedYear != null ? wrappedYear : year;
          String rest = clean(line.text());
          credential =
              credential != null && credential.length() <= ABBREVIATION && !rest.isEmpty()
                  ? credential + " " + rest
                  : credential;
        }
        continue;
      }
      institution = institution == null ? lineInstitution : institution;
      credential = credential == null ? lineCredential : credential;
      source = source == null || startsEntry ? line.text() : source + " " + line.text();
      Integer lineYear = lastYear(line.text());
      year = lineYear != null ? lineYear : year;
    }
    if (institution != null || credential != null) {
      schools.add(new Found<>(new Education(institution, credential, year), source));
    }
    return schools;
  }

  private static String institutionIn(String line) {
    return parts(line).stream()
        .filter(part -> INSTITUTION.matcher(part).find() && !CREDENTIAL.matcher(part).find())
        .findFirst()
        .orElse(null);
  }

  private static String credentialIn(String line, String institution) {
    return parts(line).stream()
        .filter(part -> !part.equals(institution) && CREDENTIAL.matcher(part).find())
        .findFirst()
        .orElse(null);
  }

  /**
   * The line cut at dashes and bars; a part naming both a school and a degree is cut again at
   * commas.
   */
  private static List<String> parts(String line) {
    List<String> parts = new ArrayList<>();
    for (String segment : STRONG_SEPARATOR.split(line)) {
      String cleaned = clean(segment);
      if (INSTITUTION.matcher(cleaned).find()
          && CREDENTIAL.matcher(cleaned).find()
          && cleaned.contains(",")) {
        Arrays.stream(cleaned.split(","))
            .map(EducationExtractor::clean)
            .filter(part -> !part.isEmpty())
            .forEach(parts::add);
      } else if (!cleaned.isEmpty()) {
        parts.add(PlaceNames.withoutTrailingPlace(cleaned));
      }
    }
    return parts;
  }

  private static String clean(String text) {
    String withoutDates = mayHoldDates(text) ? DATES.matcher(text).replaceAll("") : text;
    return TextEdges.strip(withoutDates, LEADING_JUNK, TRAILING_JUNK).trim();
  }

  /**
   * What DATES removes has a digit or says "in progress" or "expected"; its scan is slow, so look
   * first.
   */
  private static boolean mayHoldDates(String text) {
    if (text.chars().anyMatch(c -> c >= '0' && c <= '9')) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("in progress") || lower.contains("expected");
  }

  private static Integer lastYear(String line) {
    Matcher year = YEAR.matcher(line);
    Integer last = null;
    while (year.find()) {
      last = Integer.parseInt(year.group(1));
    }
    return last;
  }
}
