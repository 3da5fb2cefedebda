package org.floorready.resume.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the dated entries of the work history. Only experience sections count when the resume has
 * one (else any section but education, volunteering and the like), so school years, volunteering
 * and project dates stay out of the total. Entries are headed by title and employer lines either
 * above the dates (the usual layout) or, when a section opens with a bare date line, right below
 * them.
 */
final class WorkHistoryExtractor {

  private record DateLine(int index, ResumeLine line, List<MonthSpan> spans, String rest) {}

  private static final Pattern UNPAID =
      Pattern.compile(
          "volunteer|unpaid|caregiv|care\\s*giv|career\\s+(?:break|pause|transition)|sabbatical|parental\\s+leave"
              + "|maternity|paternity|family\\s+leave|personal\\s+leave|\\bgap\\b|full[- ]time\\s+student"
              + "|stay[- ]at[- ]home|homemaker|job\\s+search|relocation\\s+(?:break|period)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Every UNPAID alternative starts with one of these words: a text with none of them is passed
   * over.
   */
  private static final List<String> UNPAID_WORDS =
      List.of(
          "volunteer",
          "unpaid",
          "care",
          "sabbatical",
          "parental",
          "maternity",
          "paternity",
          "family",
          "personal",
          "gap",
          "full",
          "stay",
          "homemaker",
          "job",
          "relocation");

  /** Dates of a school that the fallback above must not take for a job. */
  private static final Pattern SCHOOL =
      Pattern.compile(
          "(?i)\\b(?:college|university|school|academy|institute|diploma|degree|GED)\\b");

  private static final Pattern UNPAID_NOTE =
      Pattern.compile("\\bunpaid\\b", Pattern.CASE_INSENSITIVE);

  /** Four lowercase words in a row: a sentence that mentions years, not an entry's heading. */
  private static final Pattern PROSE = Pattern.compile("(?:\\b\\p{Ll}+[\\s,;]+){3}\\p{Ll}+\\b");

  private static final Pattern SENTENCE_END = Pattern.compile("[.;!]$");
  private static final String LEADING_SEPARATORS = ",;:|·•()—–-";
  private static final String TRAILING_SEPARATORS = ",;:|·•(—–-";
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<SectionKind> NEVER_WORK =
      Set.of(SectionKind.EDUCATION, SectionKind.VOLUNTEER, SectionKind.OTHER);
  private static final int LONGEST_DATE_LINE_REST = 100;
  private static final int MAX_HEADING_LINES = 3;

  private WorkHistoryExtractor() {}

  static List<DatedJob> extract(ResumeText text, LocalDate today) {
    boolean hasExperience = text.has(SectionKind.EXPERIENCE);
    List<DatedJob> jobs = new ArrayList<>();
    for (Section section : text.sections()) {
      boolean counted =
          hasExperience
              ? section.kind() == SectionKind.EXPERIENCE
              : !NEVER_WORK.contains(section.kind());
      if (counted) {
        extractSection(section, today, jobs);
      }
    }
    if (hasExperience && jobs.isEmpty()) {
      // a two-column PDF can put the dates of the work history in another column, which text
      // extraction reads out under another heading (even under Education): then take them from
      // anywhere but volunteering, leaving out the dates of schools
      for (Section section : text.sections()) {
        if (section.kind() != SectionKind.EXPERIENCE && section.kind() != SectionKind.VOLUNTEER) {
          extractSection(section, today, jobs);
        }
      }
      jobs.removeIf(job -> SCHOOL.matcher(job.evidence()).find());
    }
    return jobs;
  }

  private static void extractSection(Section section, LocalDate today, List<DatedJob> jobs) {
    List<ResumeLine> lines = section.lines();
    List<DateLine> dateLines = dateLines(lines, today);
    boolean datesFirst =
        !dateLines.isEmpty()
            && dateLines.get(0).rest().isEmpty()
            && headingAbove(lines, dateLines.get(0).index(), -1).isEmpty();
    for (int n = 0; n < dateLines.size(); n++) {
      DateLine dates = dateLines.get(n);
      int floor = n == 0 ? -1 : dateLines.get(n - 1).index();
      int ceiling = n + 1 < dateLines.size() ? dateLines.get(n + 1).index() : lines.size();
      boolean inlineEntry = dates.spans().get(0).from() == 0 && !dates.rest().isEmpty();
      List<String> heading =
          datesFirst
              ? headingBelow(lines, dates.index())
              : inlineEntry ? List.of() : headingAbove(lines, dates.index(), floor);
      List<String> evidence = new ArrayList<>(heading);
      evidence.add(datesFirst ? 0 : evidence.size(), dates.line().text());
      List<String> fields = new ArrayList<>(heading);
      if (!dates.rest().isEmpty()) {
        fields.add(dates.rest());
      }
      JobHeader job = JobHeaderParser.parse(fields);
      String description = describe(lines, dates.index() + 1, ceiling);
      String headingText =
          String.join(" ", fields) + " " + dates.line().text() + " " + section.heading();
      boolean paid =
          !unpaid(headingText)
              && !(IgnoringCase.contains(description, "unpaid")
                  && UNPAID_NOTE.matcher(description).find());
      String jobText = String.join(" ", fields) + " " + description;
      boolean contactCenter = ContactCenterRoles.isContactCenter(job, jobText);
      for (MonthSpan span : dates.spans()) {
        jobs.add(new DatedJob(job, span, paid, contactCenter, String.join("\n", evidence)));
      }
    }
  }

  private static boolean unpaid(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return UNPAID_WORDS.stream().anyMatch(lower::contains) && UNPAID.matcher(text).find();
  }

  /** Lines that carry employment dates: not bullets, and not prose that merely mentions years. */
  private static List<DateLine> dateLines(List<ResumeLine> lines, LocalDate today) {
    List<DateLine> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ResumeLine line = lines.get(i);
      boolean listItem = line.bulleted() || (line.tabbed() && looksLikeDescription(line));
      List<MonthSpan> spans = listItem ? List.of() : DateRangeParser.find(line.text(), today);
      if (spans.isEmpty()) {
        continue;
      }
      String rest = withoutSpans(line.text(), spans);
      boolean heading = rest.length() <= LONGEST_DATE_LINE_REST && !PROSE.matcher(rest).find();
      if (spans.get(0).from() == 0 || heading) {
        found.add(new DateLine(i, line, spans, rest));
      }
    }
    return found;
  }

  private static String withoutSpans(String text, List<MonthSpan> spans) {
    StringBuilder rest = new StringBuilder(text);
    for (int i = spans.size() - 1; i >= 0; i--) {
      rest.replace(spans.get(i).from(), spans.get(i).to(), " ");
    }
    return TextEdges.strip(
        SPACES.matcher(rest).replaceAll(" ").trim(), LEADING_SEPARATORS, TRAILING_SEPARATORS);
  }

  /**
   * The title and employer lines just above a date line, stopping at descriptions and earlier
   * entries.
   */
  private static List<String> headingAbove(List<ResumeLine> lines, int at, int floor) {
    List<String> heading = new ArrayList<>();
    for (int i = at - 1; i > floor && heading.size() < MAX_HEADING_LINES; i--) {
      if (looksLikeDescription(lines.get(i))) {
        break;
      }
      heading.add(0, lines.get(i).text());
    }
    return heading;
  }

  private static List<String> headingBelow(List<ResumeLine> lines, int at) {
    boolean present = at + 1 < lines.size() && !lines.get(at + 1).bulleted();
    return present ? List.of(lines.get(at + 1).text()) : List.of();
  }

  private static boolean looksLikeDescription(ResumeLine line) {
    String text = line.text();
    return line.bulleted()
        || text.length() > 120
        || (text.length() > 25 && SENTENCE_END.matcher(text).find());
  }

  private static String describe(List<ResumeLine> lines, int from, int to) {
    StringBuilder description = new StringBuilder();
    for (int i = from; i < to; i++) {
      description.append(lines.get(i).text()).append('\n');
    }
    return description.toString();
  }
}
