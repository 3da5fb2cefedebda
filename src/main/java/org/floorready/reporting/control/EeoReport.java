package org.floorready.reporting.control;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.floorready.application.entity.EeoSelfIdentification;

/**
 * The EEO aggregate from voluntary self-identification: applicants per category of one question by
 * requisition and month, and selection rates per category with the four-fifths comparison. Every
 * count under 5 is shown as "<5", with complementary suppression ({@link Suppression}); answers are
 * never shown or returned per person.
 */
public final class EeoReport {
  /** The questions, by the name the report takes ({@code by=}), and their stored column. */
  public enum Question {
    GENDER("gender", "eeoGender"),
    RACE("race_ethnicity", "eeoRaceEthnicity"),
    VETERAN("veteran_status", "eeoVeteranStatus"),
    DISABILITY("disability_status", "eeoDisabilityStatus");

    final String column;
    final String field;

    Question(String column, String field) {
      this.column = column;
      this.field = field;
    }

    /** The categories: the answers offered, then "Not disclosed". */
    public List<String> categories() {
      List<String> categories = new ArrayList<>();
      EeoSelfIdentification.QUESTIONS.stream()
          .filter(q -> q.field().equals(field))
          .findFirst()
          .orElseThrow()
          .choices()
          .forEach(categories::add);
      categories.add(NOT_DISCLOSED);
      return categories;
    }

    public String title() {
      return EeoSelfIdentification.QUESTIONS.stream()
          .filter(q -> q.field().equals(field))
          .findFirst()
          .orElseThrow()
          .question();
    }

    public static Question of(String by) {
      return by == null || by.isBlank() ? GENDER : valueOf(by.toUpperCase(Locale.ROOT));
    }
  }

  static final String NOT_DISCLOSED = "Not disclosed";

  public static final String APPLICANTS =
      "Voluntary self-identifications sent with applications, by requisition and the month they"
          + " were sent (UTC; only the month is kept), for the months the period touches. Counts"
          + " under 5 show as <5; a count shown as — is 5 or more, hidden so that no <5 can be"
          + " worked out from the totals. Answers are stored apart from the applications and are"
          + " never shown per person.";

  public static final String SELECTION =
      "Of the people who self-identified with an application in the months the period touches,"
          + " how many were hired (selected), per category. Selection rate = selected ÷"
          + " applicants; impact ratio = the rate ÷ the highest rate shown. Below four-fifths"
          + " (80 %) is the EEOC's rule of thumb for adverse impact; the flag is given for every"
          + " category of 5 or more applicants, while counts under 5 stay hidden. Responses sent"
          + " before December 2026 have no link to their application and are left out.";

  private EeoReport() {}

  public static Report applicants(Connection db, Scope scope, Question question, Instant now) {
    List<String> categories = question.categories();
    Map<String, long[]> perLine = new LinkedHashMap<>();
    Query q =
        inPeriod(
                "select r.title, r.id, e.submitted_month, e."
                    + question.column
                    + ", count(*) from eeo_response e"
                    + " join requisition r on r.id = e.requisition_id",
                scope)
            .then(
                "group by r.title, r.id, e.submitted_month, e."
                    + question.column
                    + " order by e.submitted_month, r.title, r.id");
    for (Object[] row :
        q.list(
            db,
            r ->
                new Object[] {
                  r.getString(1) + " (#" + r.getLong(2) + ")",
                  Query.day(r, 3),
                  r.getString(4),
                  r.getLong(5)
                })) {
      String line = YearMonth.from((LocalDate) row[1]) + "\t" + row[0];
      long[] counts = perLine.computeIfAbsent(line, k -> new long[categories.size() + 1]);
      int at = row[2] == null ? -1 : categories.indexOf((String) row[2]);
      counts[at < 0 ? categories.size() - 1 : at] += (Long) row[3];
    }
    long[][] table = new long[perLine.size() + 1][categories.size() + 1];
    int i = 0;
    for (long[] counts : perLine.values()) {
      for (int c = 0; c < categories.size(); c++) {
        table[i][c] = counts[c];
        table[i][categories.size()] += counts[c];
        table[perLine.size()][c] += counts[c];
        table[perLine.size()][categories.size()] += counts[c];
      }
      i++;
    }
    Suppression shown = new Suppression(table, true, true);
    List<String> columns = new ArrayList<>(List.of("Month", "Requisition"));
    columns.addAll(categories);
    columns.add("Total");
    List<List<Object>> rows = new ArrayList<>();
    List<String> lines = new ArrayList<>(perLine.keySet());
    lines.add("All\t");
    for (int r = 0; r < lines.size(); r++) {
      String[] label = lines.get(r).split("\t", -1);
      List<Object> row = new ArrayList<>(List.of(label[0], label[1]));
      for (int c = 0; c <= categories.size(); c++) {
        row.add(shown.shown(r, c));
      }
      rows.add(row);
    }
    int all = perLine.size();
    List<Double> chart = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      chart.add(shown.hidden(all, c) ? null : (double) table[all][c]);
    }
    Object total = shown.shown(all, categories.size());
    return Report.of(
        "eeo-applicants",
        "EEO: applicants (" + question.title().toLowerCase(Locale.ROOT) + ")",
        APPLICANTS,
        scope,
        now,
        List.of(
            new Report.Figure(
                "Self-identifications",
                total instanceof Long n ? n.doubleValue() : null,
                total instanceof Long ? null : "fewer than 5")),
        new Report.Chart(
            "bar",
            question.title(),
            "Applicants",
            categories,
            List.of(new Report.Series("Applicants (hidden: under 5)", chart))),
        new Report.Table(columns, rows));
  }

  /**
   * Selection rates; {@code selectedKeys} are the links of the scope's hired applications, as only
   * the reporting code can make them.
   */
  public static Report selection(
      Connection db, Scope scope, Question question, Set<String> selectedKeys, Instant now) {
    List<String> categories = question.categories();
    long[][] table = new long[categories.size() + 1][2];
    Query q =
        inPeriod(
                "select e."
                    + question.column
                    + ", e.application_key from eeo_response e"
                    + " join requisition r on r.id = e.requisition_id",
                scope)
            .and("e.application_key is not null");
    for (Object[] row : q.list(db, r -> new Object[] {r.getString(1), r.getString(2)})) {
      int at = row[0] == null ? -1 : categories.indexOf((String) row[0]);
      int c = at < 0 ? categories.size() - 1 : at;
      boolean selected = selectedKeys.contains((String) row[1]);
      table[c][0]++;
      table[categories.size()][0]++;
      if (selected) {
        table[c][1]++;
        table[categories.size()][1]++;
      }
    }
    Suppression shown = new Suppression(table, false, true);
    Double highest = null;
    double[] rates = new double[categories.size()];
    for (int c = 0; c < categories.size(); c++) {
      rates[c] = table[c][0] == 0 ? 0 : (double) table[c][1] / table[c][0];
      if (rateShown(shown, c) && (highest == null || rates[c] > highest)) {
        highest = rates[c];
      }
    }
    // the flag is told for every category of 5 or more, measured against the highest of them
    Double highestOfFive = null;
    for (int c = 0; c < categories.size(); c++) {
      if (table[c][0] >= Suppression.MIN && (highestOfFive == null || rates[c] > highestOfFive)) {
        highestOfFive = rates[c];
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    List<Double> chart = new ArrayList<>();
    int belowFourFifths = 0;
    for (int c = 0; c <= categories.size(); c++) {
      boolean total = c == categories.size();
      boolean rate = total ? !shown.hidden(c, 0) && !shown.hidden(c, 1) : rateShown(shown, c);
      double value = table[c][0] == 0 ? 0 : (double) table[c][1] / table[c][0];
      Object ratio = "";
      Object flag = "";
      if (!total && table[c][0] >= Suppression.MIN && highestOfFive != null && highestOfFive > 0) {
        boolean below = rates[c] / highestOfFive < 0.8;
        belowFourFifths += below ? 1 : 0;
        flag = below ? "Below four-fifths" : "No";
        if (rate && highest != null && highest > 0) {
          ratio = Distribution.round(100 * rates[c] / highest);
        }
      } else if (!total) {
        flag = "Too few to compare";
      }
      rows.add(
          List.of(
              total ? "All" : categories.get(c),
              shown.shown(c, 0),
              shown.shown(c, 1),
              rate ? Distribution.round(100 * value) : "",
              ratio,
              flag));
      if (!total) {
        chart.add(rate ? Distribution.round(100 * value) : null);
      }
    }
    return Report.of(
        "eeo-selection",
        "EEO: selection rates (" + question.title().toLowerCase(Locale.ROOT) + ")",
        SELECTION,
        scope,
        now,
        List.of(new Report.Figure("Categories below four-fifths", (double) belowFourFifths, null)),
        new Report.Chart(
            "bar",
            question.title(),
            "Selection rate (%)",
            categories,
            List.of(new Report.Series("Selection rate (%)", chart))),
        new Report.Table(
            List.of(
                "Category",
                "Applicants",
                "Selected",
                "Selection rate (%)",
                "Impact ratio (%)",
                "Four-fifths rule"),
            rows));
  }

  /** The applications of the scope's requisitions that were hired, whenever they applied. */
  public static List<Long> hiredApplications(Connection db, Scope scope) {
    return new Query("select a.id from application a join requisition r on r.id = a.requisition_id")
        .and("a.furthest_stage = 'HIRED'")
        .scoped(scope, "r.team_id", "a.requisition_id", null)
        .list(db, r -> r.getLong(1));
  }

  private static boolean rateShown(Suppression shown, int c) {
    return !shown.hidden(c, 0) && !shown.hidden(c, 1);
  }

  private static Query inPeriod(String select, Scope scope) {
    return new Query(select)
        .and("e.submitted_month >= ?", scope.from().withDayOfMonth(1))
        .and("e.submitted_month <= ?", scope.to())
        .scoped(scope, "r.team_id", "e.requisition_id", null);
  }
}
