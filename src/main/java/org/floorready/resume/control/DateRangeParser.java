package org.floorready.resume.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds employment date ranges such as "Aug 2020 – Present", "06/2021 to Present", "3/24 - 10/26",
 * "2019-06-01 — 2021-03-01", "2016-2018", "Summer 2013" and "Mar 2024 –" (open, at the end of a
 * line). A year-only start means January and a year-only end December; a season stands for its
 * three months (Summer = June to August).
 */
final class DateRangeParser {

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
          + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String SEASON = "(?:spring|summer|fall|autumn|winter)";
  private static final String YEAR = "(?:19[5-9]\\d|20\\d\\d)";
  private static final String SHORT_YEAR = "'\\d{2}";
  private static final String POINT =
      "(?:(?:"
          + MONTH
          + "|"
          + SEASON
          + "),?\\s*(?:"
          + YEAR
          + "|"
          + SHORT_YEAR
          + ")"
          + "|\\d{1,2}/(?:\\d{1,2}/)?"
          + YEAR
          + "|(?:0?[1-9]|1[0-2])/\\d{2}(?![\\d/])"
          + "|"
          + YEAR
          + "-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?![\\d-])|"
          + YEAR
          + "-(?:0[1-9]|1[0-2])(?![\\d-])|"
          + YEAR
          + ")";
  private static final String NOW = "(?:present|current(?:ly)?|now|today|date|ongoing)";
  private static final Pattern RANGE =
      Pattern.compile(
          "(?<![\\p{L}\\d/.-])(?:(?:since|from)\\s+)?("
              + POINT
              + ")"
              + "(?:\\s*(?:-|–|—|~|to|until|till|through|thru)\\s*("
              + POINT
              + "|"
              + NOW
              + ")|\\s*([-–—])(?=\\s*(?:$|[\\uFFFD\\p{Co}\\p{So}|•·])))?"
              + "(?![\\p{L}\\d/-])",
          Pattern.CASE_INSENSITIVE);

  /** A range written straight after a letter, as Tika's ODT output glues a heading to its dates. */
  static final Pattern GLUED_RANGE =
      Pattern.compile(
          "(?<=\\p{L})(?="
              + POINT
              + "\\s*(?:-|–|—|to)\\s*(?:"
              + POINT
              + "|"
              + NOW
              + ")(?![\\p{L}\\d/-]))",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SEASON_POINT =
      Pattern.compile(
          "^(" + SEASON + "),?\\s*(" + YEAR + "|" + SHORT_YEAR + ")$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_POINT =
      Pattern.compile(
          "^(" + MONTH + "),?\\s*(" + YEAR + "|" + SHORT_YEAR + ")$", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR_POINT = Pattern.compile(YEAR);
  private static final int SHORT_YEAR_PIVOT = 50;
  private static final Pattern NUMERIC_POINT =
      Pattern.compile("^(\\d{1,2})/(?:\\d{1,2}/)?(" + YEAR + ")$");
  private static final Pattern ISO_POINT = Pattern.compile("^(" + YEAR + ")-(\\d{2})(?:-\\d{2})?$");
  private static final Pattern SHORT_NUMERIC_POINT = Pattern.compile("^(\\d{1,2})/(\\d{2})$");
  private static final Pattern NOW_WORD = Pattern.compile(NOW, Pattern.CASE_INSENSITIVE);
  private static final Pattern SINCE = Pattern.compile("^since\\s", Pattern.CASE_INSENSITIVE);

  private DateRangeParser() {}

  /** The spans on one line; a lone year or month is not a span, a lone season is. */
  static List<MonthSpan> find(String line, LocalDate today) {
    List<MonthSpan> spans = new ArrayList<>();
    if (line.chars().noneMatch(Character::isDigit)) {
      return spans;
    }
    Matcher matcher = RANGE.matcher(line);
    while (matcher.find()) {
      YearMonth[] start = point(matcher.group(1).trim());
      String second = matcher.group(2);
      // "Mar 2024 –" at the end of the line: a job that goes on
      boolean openEnd = second == null && matcher.group(3) != null;
      boolean since = second == null && (openEnd || SINCE.matcher(matcher.group()).find());
      boolean loneSeason =
          second == null && SEASON_POINT.matcher(matcher.group(1).trim()).matches();
      if (start == null || (second == null && !since && !loneSeason)) {
        continue;
      }
      YearMonth now = YearMonth.from(today);
      boolean ongoing = since || (second != null && NOW_WORD.matcher(second.trim()).matches());
      YearMonth[] end =
          ongoing
              ? new YearMonth[] {now, now}
              : loneSeason ? new YearMonth[] {start[1], start[1]} : point(second.trim());
      if (end == null || end[1].isBefore(start[0]) || start[0].isAfter(now)) {
        continue;
      }
      spans.add(
          new MonthSpan(
              start[0],
              earlier(end[1], now),
              ongoing,
              matcher.start(),
              matcher.end(),
              earlier(loneSeason ? start[0] : start[1], now),
              earlier(end[0], now)));
    }
    return spans;
  }

  private static YearMonth earlier(YearMonth month, YearMonth other) {
    return month.isAfter(other) ? other : month;
  }

  /** The first and last month a point in time can stand for. */
  private static YearMonth[] point(String text) {
    Matcher season = SEASON_POINT.matcher(text);
    if (season.matches()) {
      int year = year(season.group(2));
      int first =
          switch (season.group(1).toLowerCase(Locale.ROOT)) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "fall", "autumn" -> 9;
            default -> 1;
          };
      return new YearMonth[] {YearMonth.of(year, first), YearMonth.of(year, first + 2)};
    }
    Matcher month = MONTH_POINT.matcher(text);
    if (month.matches()) {
      YearMonth at = YearMonth.of(year(month.group(2)), monthNumber(month.group(1)));
      return new YearMonth[] {at, at};
    }
    Matcher numeric = NUMERIC_POINT.matcher(text);
    if (numeric.matches()) {
      return single(Integer.parseInt(numeric.group(2)), Integer.parseInt(numeric.group(1)));
    }
    Matcher shortNumeric = SHORT_NUMERIC_POINT.matcher(text);
    if (shortNumeric.matches()) {
      return single(year("'" + shortNumeric.group(2)), Integer.parseInt(shortNumeric.group(1)));
    }
    Matcher iso = ISO_POINT.matcher(text);
    if (iso.matches()) {
      return single(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
    }
    if (YEAR_POINT.matcher(text).matches()) {
      int year = Integer.parseInt(text);
      return new YearMonth[] {YearMonth.of(year, 1), YearMonth.of(year, 12)};
    }
    return null;
  }

  private static YearMonth[] single(int year, int month) {
    if (month < 1 || month > 12) {
      return null;
    }
    YearMonth at = YearMonth.of(year, month);
    return new YearMonth[] {at, at};
  }

  /** A year as written; "'19" is 2019 and "'98" is 1998. */
  private static int year(String written) {
    if (!written.startsWith("'")) {
      return Integer.parseInt(written);
    }
    int twoDigits = Integer.parseInt(written.substring(1));
    return twoDigits <= SHORT_YEAR_PIVOT ? 2000 + twoDigits : 1900 + twoDigits;
  }

  private static int monthNumber(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return List.of(
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
            .indexOf(key)
        + 1;
  }
}
