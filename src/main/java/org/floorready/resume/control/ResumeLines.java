package org.floorready.resume.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts normalized text into non-blank lines and repairs the line damage that Tika leaves. */
final class ResumeLines {

  private static final Pattern BULLET =
      Pattern.compile(
          "^[\\s]*(?:[•·▪■●◦‣➢►✓✔○◆◇→\\u2043\\uF0B7\\uF0A7]|[-*–](?=\\s)|o(?=\\s{2,}|\\t))[\\s]*");
  private static final Pattern GLUED_LOCATION =
      Pattern.compile(
          "(?<=\\p{Ll}{3}|\\p{Lu}{2}|\\p{L}\\.)(?=(?:\\p{Lu}[\\p{Ll}.]+(?: \\p{Lu}[\\p{Ll}.]+){0,2}, ){1,2}(?:(?i:"
              + UsStates.NAME_ALTERNATION
              + ")|"
              + UsStates.CODE_ALTERNATION
              + ")\\b)");

  /** "– Mar 2017" is the end of a date range wrapped onto its own line, not a list item. */
  private static final Pattern DATE_AFTER_DASH =
      Pattern.compile(
          "\\s*[-–—]\\s+(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter"
              + "|present|current|now|today)|\\d{1,2}/\\d{2,4}|(?:19|20)\\d\\d)");

  private static final Pattern BLANKS = Pattern.compile("[ \\t]{2,}|\\t");
  private static final List<String> MONTH_AND_SEASON_STARTS =
      List.of(
          "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "spr",
          "sum", "fal", "aut", "win");
  private static final String MONTH_AND_SEASON_INITIALS = "jfmasondw";

  /**
   * Tab stops and runs of spaces separate columns (dates, table cells); they are kept as three
   * spaces.
   */
  static final String WIDE_GAP = "   ";

  private static final int LONGEST_GLUED_HEADING = 45;
  static final int LONGEST_LINE = 1_000;

  private ResumeLines() {}

  static List<ResumeLine> read(String normalizedText) {
    List<ResumeLine> lines = new ArrayList<>();
    boolean afterBlank = false;
    for (String physical : normalizedText.split("\n")) {
      if (physical.isBlank()) {
        afterBlank = true;
        continue;
      }
      String raw = physical;
      // Tika's ODT output runs a heading into the first cell of a table below it:
      // "Licenses\tState".
      int tab = raw.indexOf('\t', 1);
      if (tab > 0 && SectionHeadings.isHeading(raw.substring(0, tab))) {
        lines.add(new ResumeLine(raw.substring(0, tab).strip(), false, false, afterBlank));
        raw = raw.substring(tab);
        afterBlank = false;
      }
      // a table cell as Tika writes it starts with one tab; a web page's own indentation (several
      // tabs before every line of a themed HTML resume) is not a table
      boolean tabbed = raw.startsWith("\t") && !raw.startsWith("\t\t");
      Matcher bullet = BULLET.matcher(raw);
      boolean bulleted =
          bullet.lookingAt()
              && bullet.end() < raw.length()
              && !DATE_AFTER_DASH.matcher(raw).lookingAt();
      String text = (bulleted ? raw.substring(bullet.end()) : raw).strip();
      if (text.indexOf('\t') >= 0 || text.contains("  ")) {
        text =
            BLANKS
                .matcher(text)
                .replaceAll(
                    gap -> gap.group().length() > 2 || gap.group().contains("\t") ? WIDE_GAP : " ");
      }
      boolean first = true;
      for (String piece : pieces(text)) {
        splitGlued(
            new ResumeLine(piece, bulleted && first, tabbed && first, afterBlank && first), lines);
        first = false;
      }
      afterBlank = false;
    }
    dropRepeatedOutline(lines);
    return lines;
  }

  /**
   * Cuts overlong lines at a space so no later pattern ever scans more than a line's worth of text.
   */
  private static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    String rest = text;
    while (rest.length() > LONGEST_LINE) {
      int cut = rest.lastIndexOf(' ', LONGEST_LINE);
      cut = cut > LONGEST_LINE / 2 ? cut : LONGEST_LINE;
      pieces.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      pieces.add(rest);
    }
    return pieces;
  }

  /**
   * Tika's ODT parser does not end a heading paragraph with a line break, so "Summary" and the
   * paragraph below it arrive as "SummaryLicensed agent...", a name as "Jane DoeDallas, TX" and a
   * job heading as "Agent, Acme — Reno, NV2019 – Present".
   */
  private static void splitGlued(ResumeLine line, List<ResumeLine> into) {
    String text = line.text();
    int limit =
        SectionHeadings.mayStartHeading(text)
            ? Math.min(text.length() - 1, LONGEST_GLUED_HEADING)
            : 0;
    for (int i = 1; i < limit; i++) {
      if (isWordJoint(text, i) && SectionHeadings.isHeading(text.substring(0, i))) {
        into.add(line.withText(text.substring(0, i)));
        splitGlued(new ResumeLine(text.substring(i), false, false), into);
        return;
      }
    }
    int place =
        text.length() < 160 && UsStates.namedAfterComma(text) ? gluedLocationStart(text) : -1;
    if (place > 0) {
      into.add(line.withText(text.substring(0, place)));
      into.add(new ResumeLine(text.substring(place), false, false));
      return;
    }
    int range = text.chars().anyMatch(Character::isDigit) ? gluedRangeStart(text) : -1;
    if (range >= 0) {
      into.add(line.withText(text.substring(0, range)));
      into.add(new ResumeLine(text.substring(range), false, false));
      return;
    }
    into.add(line);
  }

  /**
   * Where DateRangeParser.GLUED_RANGE first matches, or -1. It is tried only where a date can begin
   * right after a letter (a digit, or the first letters of a month or season), not at every
   * position.
   */
  private static int gluedRangeStart(String text) {
    Matcher range = DateRangeParser.GLUED_RANGE.matcher(text).useTransparentBounds(true);
    for (int i = 1; i < text.length(); i++) {
      char next = text.charAt(i);
      if (Character.isLetter(text.codePointBefore(i))
          && ((next >= '0' && next <= '9') || startsMonthOrSeason(text, i))) {
        range.region(i, text.length());
        if (range.lookingAt()) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean startsMonthOrSeason(String text, int at) {
    if (at + 3 > text.length()) {
      return false;
    }
    char first = Character.toLowerCase(text.charAt(at));
    if (MONTH_AND_SEASON_INITIALS.indexOf(first) < 0) {
      return false;
    }
    char second = Character.toLowerCase(text.charAt(at + 1));
    char third = Character.toLowerCase(text.charAt(at + 2));
    for (String start : MONTH_AND_SEASON_STARTS) {
      if (start.charAt(0) == first && start.charAt(1) == second && start.charAt(2) == third) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where GLUED_LOCATION first matches, or -1. It can only start at a capital right after a letter
   * or a dot, so it is tried there and nowhere else.
   */
  private static int gluedLocationStart(String text) {
    Matcher location = null;
    for (int i = 1; i < text.length(); i++) {
      char before = text.charAt(i - 1);
      if (Character.isUpperCase(text.charAt(i)) && (Character.isLetter(before) || before == '.')) {
        location =
            location != null ? location : GLUED_LOCATION.matcher(text).useTransparentBounds(true);
        if (location.region(i, text.length()).lookingAt()) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Where two words meet without a space: "SummaryLicensed", "LICENSEOklahoma", "History2021". */
  private static boolean isWordJoint(String text, int at) {
    char before = text.charAt(at - 1);
    char next = text.charAt(at);
    boolean afterWord =
        Character.isLowerCase(before) && (Character.isUpperCase(next) || Character.isDigit(next));
    boolean wordStarts =
        Character.isUpperCase(next)
            && at + 1 < text.length()
            && Character.isLowerCase(text.charAt(at + 1));
    boolean afterShout = Character.isUpperCase(before) && (Character.isDigit(next) || wordStarts);
    return afterWord || afterShout;
  }

  /** PDF bookmarks come last, tab-indented, repeating headings already seen. */
  private static void dropRepeatedOutline(List<ResumeLine> lines) {
    Set<String> seen = new HashSet<>();
    int end = lines.size();
    while (end > 0 && lines.get(end - 1).tabbed()) {
      end--;
    }
    if (end == lines.size() || end == 0) {
      return;
    }
    for (int i = 0; i < end; i++) {
      seen.add(lines.get(i).text());
    }
    int cut = lines.size();
    while (cut > end && seen.contains(lines.get(cut - 1).text())) {
      cut--;
    }
    if (cut == end) {
      lines.subList(end, lines.size()).clear();
    }
  }
}
