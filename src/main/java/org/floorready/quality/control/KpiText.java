package org.floorready.quality.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one CSV row's texts, by KPI field, into a {@link KpiRow}. Dates are ISO (2026-11-30) or US
 * (11/30/2026); a file keeps to the form of its first date, so 03/04/2026 cannot mean two days in
 * one file. Durations are seconds (245), m:ss (4:05) or h:mm:ss; percentages may end in %.
 */
public final class KpiText {
  /** How a file writes its dates, fixed by its first one. */
  public enum DateForm {
    ISO,
    US
  }

  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern US = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
  private static final Pattern DURATION = Pattern.compile("(?:(\\d+):)?(\\d{1,3}):(\\d{2})");
  private static final DateTimeFormatter US_FORMAT = DateTimeFormatter.ofPattern("M/d/uuuu");

  /** A row read: the row (null when a value could not be read), its problems, the date form. */
  public record Read(KpiRow row, List<String> problems, DateForm dateForm) {}

  private KpiText() {}

  public static Read read(long line, Map<String, String> texts, DateForm expected) {
    List<String> problems = new ArrayList<>();
    DateForm[] form = {expected};
    LocalDate start = date(text(texts, "periodStart"), form, problems);
    Integer days = whole(texts, "periodDays", problems);
    KpiRow row =
        new KpiRow(
            line,
            text(texts, "agentId"),
            lower(text(texts, "email")),
            start,
            days == null ? 7 : days,
            whole(texts, "callsHandled", problems),
            seconds(texts, "ahtSeconds", problems),
            seconds(texts, "talkSeconds", problems),
            seconds(texts, "holdSeconds", problems),
            whole(texts, "followUps", problems),
            whole(texts, "quotes", problems),
            whole(texts, "policiesSold", problems),
            percent(texts, "qaScore", problems),
            percent(texts, "adherence", problems));
    return new Read(problems.isEmpty() ? row : null, problems, form[0]);
  }

  private static String text(Map<String, String> texts, String field) {
    String t = texts.get(field);
    return t == null || t.isBlank() ? null : t.strip();
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static LocalDate date(String text, DateForm[] form, List<String> problems) {
    if (text == null) {
      return null;
    }
    DateForm found =
        ISO.matcher(text).matches()
            ? DateForm.ISO
            : US.matcher(text).matches() ? DateForm.US : null;
    if (found == null) {
      problems.add("periodStart " + text + " is not a date such as 2026-11-30 or 11/30/2026");
      return null;
    }
    if (form[0] != null && form[0] != found) {
      problems.add(
          "periodStart "
              + text
              + " is written differently from the file's first date ("
              + (form[0] == DateForm.ISO ? "2026-11-30" : "11/30/2026")
              + "): mixed date forms are refused rather than guessed");
      return null;
    }
    form[0] = found;
    try {
      return found == DateForm.ISO ? LocalDate.parse(text) : LocalDate.parse(text, US_FORMAT);
    } catch (DateTimeParseException e) {
      problems.add("periodStart " + text + " is not a day of the calendar");
      return null;
    }
  }

  private static Integer whole(Map<String, String> texts, String field, List<String> problems) {
    String t = text(texts, field);
    if (t == null) {
      return null;
    }
    try {
      return Integer.valueOf(t.replace(",", ""));
    } catch (NumberFormatException e) {
      problems.add(field + " " + t + " is not a whole number");
      return null;
    }
  }

  private static Integer seconds(Map<String, String> texts, String field, List<String> problems) {
    String t = text(texts, field);
    if (t == null) {
      return null;
    }
    Matcher m = DURATION.matcher(t);
    if (m.matches()) {
      int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
      int seconds = Integer.parseInt(m.group(3));
      if (seconds < 60) {
        return hours * 3600 + Integer.parseInt(m.group(2)) * 60 + seconds;
      }
    }
    try {
      long value = Math.round(Double.parseDouble(t));
      return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    } catch (NumberFormatException e) {
      problems.add(field + " " + t + " is not a duration such as 245, 4:05 or 0:04:05");
      return null;
    }
  }

  private static BigDecimal percent(
      Map<String, String> texts, String field, List<String> problems) {
    String t = text(texts, field);
    if (t == null) {
      return null;
    }
    try {
      return new BigDecimal(t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t)
          .setScale(2, java.math.RoundingMode.HALF_UP);
    } catch (NumberFormatException e) {
      problems.add(field + " " + t + " is not a percentage such as 92.5");
      return null;
    }
  }
}
