package org.floorready.resume.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rejoins lines that PDF and HTML text extraction broke in the middle of a sentence, a list or a
 * date range ("Aug 2020 –" / "Present"), so later steps can read one logical line at a time.
 */
final class WrappedLineJoiner {

  /** "(912) 555-0117" starts a line of its own, not a continuation in parentheses. */
  private static final Pattern PHONE_FIRST = Pattern.compile("\\(\\d{3}\\)\\s*\\d{3}");

  private static final Pattern DATE_THEN_DASH =
      Pattern.compile("(?:19|20)\\d\\d(?:-\\d\\d){0,2}\\s*[-–—]\\s*$");
  private static final Pattern DATE_OR_NOW_FIRST =
      Pattern.compile(
          "(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter"
              + "|present|current|now|today|to date|date|ongoing|\\d)");

  /** Characters that leave a line open when it ends with them: "Sales, &" "Agent –". */
  private static final String OPEN_END_CHARS = ",&/(·|–—";

  private static final Pattern MONTH =
      Pattern.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?");
  private static final Pattern YEAR_FIRST = Pattern.compile("(?:19|20)\\d\\d\\b");
  private static final Set<String> CONTINUING_WORDS =
      Set.of(
          "and",
          "or",
          "of",
          "the",
          "in",
          "at",
          "for",
          "to",
          "with",
          "from",
          "by",
          "on",
          "a",
          "an",
          "New",
          "North",
          "South",
          "West",
          "Rhode",
          "District",
          "License",
          "Licence");
  private static final int LONGEST_JOINED_LINE = ResumeLines.LONGEST_LINE;

  private WrappedLineJoiner() {}

  /**
   * @param softBreaks whether a single line break means nothing, as in HTML source text, where only
   *     an empty line separates blocks
   */
  static List<ResumeLine> join(List<ResumeLine> lines, boolean softBreaks) {
    List<ResumeLine> joined = new ArrayList<>(lines.size());
    ResumeLine current = null;
    for (ResumeLine next : lines) {
      if (current != null && continues(current, next, softBreaks)) {
        String left = current.text();
        String glue = hyphenatedEnd(left) ? "" : " ";
        current = current.withText(left + glue + next.text());
      } else {
        if (current != null) {
          joined.add(current);
        }
        current = next;
      }
    }
    if (current != null) {
      joined.add(current);
    }
    return joined;
  }

  private static boolean continues(ResumeLine current, ResumeLine next, boolean softBreaks) {
    String left = current.text();
    String right = next.text();
    if (next.marked()
        || left.length() + right.length() > LONGEST_JOINED_LINE
        || SectionHeadings.isHeading(left)
        || SectionHeadings.isHeading(right)) {
      return false;
    }
    if (DATE_THEN_DASH.matcher(left).find()) {
      // "Aug 2020 –" / "Present" is one range; "2026-01-01 —" / "Team Lead" is an open one
      return DATE_OR_NOW_FIRST.matcher(right).lookingAt();
    }
    if (softBreaks && !next.afterBlank()) {
      return true;
    }
    char first = right.charAt(0);
    if (first == '–' || first == '—' || (first == '-' && right.startsWith("- "))) {
      return true;
    }
    if (PHONE_FIRST.matcher(right).lookingAt()) {
      return false;
    }
    if (Character.isLowerCase(first) || first == '(' || first == '&') {
      return !right.contains("@") || openEnd(left);
    }
    if (openEnd(left) || hyphenatedEnd(left)) {
      return true;
    }
    String lastWord = left.substring(left.lastIndexOf(' ') + 1);
    return CONTINUING_WORDS.contains(lastWord)
        || (MONTH.matcher(lastWord).matches() && YEAR_FIRST.matcher(right).lookingAt());
  }

  /** "…Sales," "…Agent –" "…License No." */
  private static boolean openEnd(String text) {
    int last = text.length() - 1;
    if (last < 0) {
      return false;
    }
    char end = text.charAt(last);
    if (OPEN_END_CHARS.indexOf(end) >= 0) {
      return true;
    }
    if (end == '-') {
      return last > 0 && Character.isWhitespace(text.charAt(last - 1));
    }
    return text.endsWith("No.") && (last < 3 || !isWordChar(text.charAt(last - 3)));
  }

  /** "…custo-" wrapped from "custo-mer": a letter, then a hyphen at the very end. */
  private static boolean hyphenatedEnd(String text) {
    int last = text.length() - 1;
    return last > 0 && text.charAt(last) == '-' && Character.isLetter(text.charAt(last - 1));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
