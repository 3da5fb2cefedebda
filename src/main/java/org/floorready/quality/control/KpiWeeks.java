package org.floorready.quality.control;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One agent's KPI rows gathered into weeks (Monday to Sunday): counts are summed; handle, talk and
 * hold times are averaged weighted by the calls of each row (plainly when calls are missing); QA
 * and adherence are averaged over the rows that have them; conversion = policies sold ÷ calls
 * handled. Week on the floor: 1 for the week the agent reached the floor (graduation), 0 and less
 * before.
 */
public final class KpiWeeks {
  private KpiWeeks() {}

  /** One week's KPIs (null: not reported that week). */
  public record Week(
      LocalDate week,
      Integer weekOnFloor,
      int rows,
      Integer callsHandled,
      Integer ahtSeconds,
      Integer talkSeconds,
      Integer holdSeconds,
      Integer followUps,
      Integer quotes,
      Integer policiesSold,
      Double conversion,
      Double qaScore,
      Double adherence) {}

  public static List<Week> of(List<KpiRow> rows, LocalDate floorDate) {
    Map<LocalDate, List<KpiRow>> byWeek = new TreeMap<>();
    for (KpiRow r : rows) {
      LocalDate monday = r.periodStart().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      byWeek.computeIfAbsent(monday, k -> new ArrayList<>()).add(r);
    }
    LocalDate floorWeek =
        floorDate == null
            ? null
            : floorDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<Week> weeks = new ArrayList<>();
    byWeek.forEach(
        (monday, in) -> {
          Integer calls = sum(in.stream().map(KpiRow::callsHandled).toList());
          Integer sold = sum(in.stream().map(KpiRow::policiesSold).toList());
          weeks.add(
              new Week(
                  monday,
                  floorWeek == null ? null : (int) ChronoUnit.WEEKS.between(floorWeek, monday) + 1,
                  in.size(),
                  calls,
                  weighted(in, KpiRow::ahtSeconds),
                  weighted(in, KpiRow::talkSeconds),
                  weighted(in, KpiRow::holdSeconds),
                  sum(in.stream().map(KpiRow::followUps).toList()),
                  sum(in.stream().map(KpiRow::quotes).toList()),
                  sold,
                  calls == null || sold == null || calls == 0
                      ? null
                      : Math.round(1000.0 * sold / calls) / 10.0,
                  mean(in.stream().map(KpiRow::qaScore).toList()),
                  mean(in.stream().map(KpiRow::adherence).toList())));
        });
    return weeks;
  }

  private static Integer sum(List<Integer> values) {
    List<Integer> given = values.stream().filter(java.util.Objects::nonNull).toList();
    return given.isEmpty() ? null : given.stream().mapToInt(Integer::intValue).sum();
  }

  private static Integer weighted(
      List<KpiRow> rows, java.util.function.Function<KpiRow, Integer> f) {
    double total = 0;
    double weight = 0;
    for (KpiRow r : rows) {
      Integer v = f.apply(r);
      if (v != null) {
        double w = r.callsHandled() == null ? 1 : r.callsHandled();
        total += v * w;
        weight += w;
      }
    }
    return weight == 0 ? null : (int) Math.round(total / weight);
  }

  private static Double mean(List<BigDecimal> values) {
    List<BigDecimal> given = values.stream().filter(java.util.Objects::nonNull).toList();
    return given.isEmpty()
        ? null
        : Math.round(
                10.0 * given.stream().mapToDouble(BigDecimal::doubleValue).average().orElseThrow())
            / 10.0;
  }
}
