package org.floorready.resume.control;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recognizes resume section headings. A heading is a short line made only of heading words
 * ("Professional Experience", "LICENSES & CERTIFICATIONS", "Tools I use every day"), so a job title
 * such as "Technology Sales Representative" is not mistaken for one.
 */
final class SectionHeadings {

  private static final Map<String, SectionKind> KEYWORDS =
      Map.ofEntries(
          Map.entry("volunteer", SectionKind.VOLUNTEER),
          Map.entry("volunteering", SectionKind.VOLUNTEER),
          Map.entry("community", SectionKind.VOLUNTEER),
          Map.entry("education", SectionKind.EDUCATION),
          Map.entry("academic", SectionKind.EDUCATION),
          Map.entry("academics", SectionKind.EDUCATION),
          Map.entry("schooling", SectionKind.EDUCATION),
          Map.entry("educational", SectionKind.EDUCATION),
          Map.entry("certificates", SectionKind.LICENSES),
          Map.entry("background", SectionKind.EXPERIENCE),
          Map.entry("positions", SectionKind.EXPERIENCE),
          Map.entry("worked", SectionKind.EXPERIENCE),
          Map.entry("platforms", SectionKind.SKILLS),
          Map.entry("proficiency", SectionKind.SKILLS),
          Map.entry("qualifications", SectionKind.SUMMARY),
          Map.entry("license", SectionKind.LICENSES),
          Map.entry("licenses", SectionKind.LICENSES),
          Map.entry("licence", SectionKind.LICENSES),
          Map.entry("licences", SectionKind.LICENSES),
          Map.entry("licensing", SectionKind.LICENSES),
          Map.entry("licensure", SectionKind.LICENSES),
          Map.entry("certifications", SectionKind.LICENSES),
          Map.entry("credentials", SectionKind.LICENSES),
          Map.entry("languages", SectionKind.LANGUAGES),
          Map.entry("language", SectionKind.LANGUAGES),
          Map.entry("experience", SectionKind.EXPERIENCE),
          Map.entry("employment", SectionKind.EXPERIENCE),
          Map.entry("history", SectionKind.EXPERIENCE),
          Map.entry("work", SectionKind.EXPERIENCE),
          Map.entry("military", SectionKind.EXPERIENCE),
          Map.entry("skills", SectionKind.SKILLS),
          Map.entry("competencies", SectionKind.SKILLS),
          Map.entry("tools", SectionKind.SKILLS),
          Map.entry("systems", SectionKind.SKILLS),
          Map.entry("technology", SectionKind.SKILLS),
          Map.entry("technologies", SectionKind.SKILLS),
          Map.entry("software", SectionKind.SKILLS),
          Map.entry("proficiencies", SectionKind.SKILLS),
          Map.entry("expertise", SectionKind.SKILLS),
          Map.entry("strengths", SectionKind.SKILLS),
          Map.entry("summary", SectionKind.SUMMARY),
          Map.entry("profile", SectionKind.SUMMARY),
          Map.entry("objective", SectionKind.SUMMARY),
          Map.entry("about", SectionKind.SUMMARY),
          Map.entry("highlights", SectionKind.SUMMARY),
          Map.entry("overview", SectionKind.SUMMARY),
          Map.entry("projects", SectionKind.OTHER),
          Map.entry("awards", SectionKind.OTHER),
          Map.entry("honors", SectionKind.OTHER),
          Map.entry("publications", SectionKind.OTHER),
          Map.entry("interests", SectionKind.OTHER),
          Map.entry("hobbies", SectionKind.OTHER),
          Map.entry("references", SectionKind.OTHER),
          Map.entry("designations", SectionKind.OTHER),
          Map.entry("affiliations", SectionKind.OTHER),
          Map.entry("memberships", SectionKind.OTHER),
          Map.entry("activities", SectionKind.OTHER),
          Map.entry("achievements", SectionKind.OTHER),
          Map.entry("accomplishments", SectionKind.OTHER),
          Map.entry("transition", SectionKind.OTHER),
          Map.entry("contact", SectionKind.OTHER),
          Map.entry("training", SectionKind.OTHER),
          Map.entry("courses", SectionKind.OTHER),
          Map.entry("coursework", SectionKind.OTHER));

  private static final Set<String> MODIFIERS =
      Set.of(
          "professional",
          "career",
          "relevant",
          "insurance",
          "teaching",
          "sales",
          "other",
          "core",
          "technical",
          "computer",
          "key",
          "and",
          "of",
          "the",
          "my",
          "i",
          "use",
          "every",
          "day",
          "status",
          "details",
          "background",
          "related",
          "prior",
          "previous",
          "selected",
          "recent",
          "industry",
          "call",
          "center",
          "customer",
          "service",
          "spoken",
          "me",
          "additional",
          "personal",
          "information",
          "info",
          "leadership",
          "involvement",
          "certification",
          "honours",
          "designation",
          "&",
          "/",
          "+",
          "producer",
          "office",
          "job",
          "at",
          "a",
          "glance",
          "state",
          "states",
          "active",
          "current",
          "held",
          "notable",
          "areas",
          "applications",
          "programs",
          "knowledge",
          "abilities",
          "appointments",
          "recognition",
          "fluency",
          "bilingual",
          "crm",
          "in",
          "for",
          "with",
          "employment",
          "where",
          "i've",
          "have",
          "places");

  /** Keywords and modifiers by their first letter, for {@link #mayStartHeading}. */
  private static final Map<Character, List<String>> WORDS_BY_INITIAL =
      Stream.concat(KEYWORDS.keySet().stream(), MODIFIERS.stream())
          .filter(word -> !word.isEmpty())
          .collect(Collectors.groupingBy(word -> word.charAt(0)));

  private static final SectionKind[] PRIORITY = {
    SectionKind.VOLUNTEER, SectionKind.EDUCATION, SectionKind.LICENSES, SectionKind.LANGUAGES,
    SectionKind.EXPERIENCE, SectionKind.SKILLS, SectionKind.SUMMARY, SectionKind.OTHER
  };

  private static final Pattern DECORATION = Pattern.compile("^[\\s#*_=:>\\-]+|[\\s*_=:\\-]+$");
  private static final Pattern WORD_SPLIT = Pattern.compile("\\s+|(?=[&/+])|(?<=[&/+])");
  private static final int MAX_LENGTH = 45;

  private SectionHeadings() {}

  static Optional<SectionKind> kindOf(String line) {
    if (line.length() > MAX_LENGTH + 10 || !startsWithHeadingWord(line)) {
      return Optional.empty();
    }
    String text = DECORATION.matcher(line).replaceAll("");
    if (text.isEmpty() || text.length() > MAX_LENGTH || text.chars().anyMatch(Character::isDigit)) {
      return Optional.empty();
    }
    EnumSet<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
    int words = 0;
    for (String word : WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))) {
      if (word.isBlank()) {
        continue;
      }
      words++;
      SectionKind kind = KEYWORDS.get(word);
      if (kind != null) {
        kinds.add(kind);
      } else if (!MODIFIERS.contains(word)) {
        return Optional.empty();
      }
    }
    if (words > 6 || kinds.isEmpty()) {
      return Optional.empty();
    }
    for (SectionKind kind : PRIORITY) {
      if (kinds.contains(kind)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** A cheap first look, since every line of a long text is asked whether it is a heading. */
  private static boolean startsWithHeadingWord(String line) {
    int start = 0;
    while (start < line.length() && !Character.isLetter(line.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < line.length() && Character.isLetter(line.charAt(end))) {
      end++;
    }
    String first = line.substring(start, end).toLowerCase(Locale.ROOT);
    return KEYWORDS.containsKey(first) || MODIFIERS.contains(first);
  }

  /**
   * Whether any beginning of {@code text} can be a heading: its first word, or a first part of it
   * ("SummaryLicensed" starts with "Summary"), must be a heading word. A cheap look for splitting
   * glued lines, which would otherwise try every cut.
   */
  static boolean mayStartHeading(String text) {
    int start = 0;
    while (start < text.length() && !Character.isLetter(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (start == end) {
      return false;
    }
    String first = text.substring(start, end).toLowerCase(Locale.ROOT);
    for (String word : WORDS_BY_INITIAL.getOrDefault(first.charAt(0), List.of())) {
      if (first.startsWith(word)) {
        return true;
      }
    }
    return false;
  }

  static boolean isHeading(String line) {
    return kindOf(line).isPresent();
  }
}
