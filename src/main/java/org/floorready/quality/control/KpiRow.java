package org.floorready.quality.control;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One agent's floor KPIs for a day ({@code periodDays} 1) or a week (7, starting on its Monday), as
 * the call-center platform reports them; every value is optional. Handle, talk and hold times are
 * averages in seconds; QA score and schedule adherence are percentages.
 */
public record KpiRow(
    long line,
    String agentId,
    String email,
    LocalDate periodStart,
    int periodDays,
    Integer callsHandled,
    Integer ahtSeconds,
    Integer talkSeconds,
    Integer holdSeconds,
    Integer followUps,
    Integer quotes,
    Integer policiesSold,
    BigDecimal qaScore,
    BigDecimal adherence) {

  static final int LONGEST_CALL_SECONDS = 4 * 3600;
  static final int MOST_CALLS_A_DAY = 1000;
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The fields, as the push takes them and a CSV mapping names them. */
  public static final List<String> FIELDS =
      List.of(
          "agentId",
          "email",
          "periodStart",
          "periodDays",
          "callsHandled",
          "ahtSeconds",
          "talkSeconds",
          "holdSeconds",
          "followUps",
          "quotes",
          "policiesSold",
          "qaScore",
          "adherence");

  /** What is wrong with the row as given, each in words (empty: nothing). */
  public List<String> problems(LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (blank(agentId) && blank(email)) {
      problems.add("agentId or email is required to know whose KPIs these are");
    }
    if (periodStart == null) {
      problems.add("periodStart is required");
    } else {
      if (periodStart.isAfter(today)) {
        problems.add("periodStart " + periodStart + " is in the future");
      }
      if (periodDays == 7 && periodStart.getDayOfWeek() != DayOfWeek.MONDAY) {
        problems.add(
            "a week starts on a Monday; " + periodStart + " is a " + periodStart.getDayOfWeek());
      }
    }
    if (periodDays != 1 && periodDays != 7) {
      problems.add("periodDays is 1 (a day) or 7 (a week)");
    }
    Integer[] counts = {
      callsHandled, ahtSeconds, talkSeconds, holdSeconds, followUps, quotes, policiesSold
    };
    String[] names = {
      "callsHandled",
      "ahtSeconds",
      "talkSeconds",
      "holdSeconds",
      "followUps",
      "quotes",
      "policiesSold"
    };
    boolean any = qaScore != null || adherence != null;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != null) {
        any = true;
        if (counts[i] < 0) {
          problems.add(names[i] + " must not be negative");
        }
      }
    }
    if (!any) {
      problems.add("the row has no KPI value");
    }
    if (callsHandled != null && callsHandled > 0 && ahtSeconds != null && ahtSeconds == 0) {
      problems.add("an average handle time of 0 with calls handled is impossible");
    }
    if (callsHandled != null && callsHandled > MOST_CALLS_A_DAY * Math.max(1, periodDays)) {
      problems.add(
          "callsHandled "
              + callsHandled
              + " is more than anyone takes in "
              + periodDays
              + " day(s)");
    }
    for (Integer seconds : new Integer[] {ahtSeconds, talkSeconds, holdSeconds}) {
      if (seconds != null && seconds > LONGEST_CALL_SECONDS) {
        problems.add("an average of " + seconds + " s is longer than 4 hours per call");
        break;
      }
    }
    if (ahtSeconds != null && talkSeconds != null && talkSeconds > ahtSeconds) {
      problems.add("talk time cannot exceed handle time");
    }
    if (ahtSeconds != null && holdSeconds != null && holdSeconds > ahtSeconds) {
      problems.add("hold time cannot exceed handle time");
    }
    percent(problems, "qaScore", qaScore);
    percent(problems, "adherence", adherence);
    return problems;
  }

  /** Whose and when: two rows with the same key are the same report. */
  public String key(long newHireId) {
    return newHireId + "/" + periodStart + "/" + periodDays;
  }

  private static void percent(List<String> problems, String name, BigDecimal value) {
    if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
      problems.add(name + " is a percentage from 0 to 100");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
