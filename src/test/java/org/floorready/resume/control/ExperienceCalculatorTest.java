package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperienceCalculatorTest {

  private static MonthSpan span(int fromYear, int fromMonth, int toYear, int toMonth) {
    return new MonthSpan(
        YearMonth.of(fromYear, fromMonth), YearMonth.of(toYear, toMonth), false, 0, 0);
  }

  @Test
  void theLeastReadingOfYearsAloneCountsOverlapsOnceToo() {
    // "2015 – 2018" and "2017 – 2019": Dec 2015–Jan 2018 and Dec 2017–Jan 2019 overlap two months
    List<MonthSpan> spans =
        List.of(
            new MonthSpan(
                YearMonth.of(2015, 1),
                YearMonth.of(2018, 12),
                false,
                0,
                0,
                YearMonth.of(2015, 12),
                YearMonth.of(2018, 1)),
            new MonthSpan(
                YearMonth.of(2017, 1),
                YearMonth.of(2019, 12),
                false,
                0,
                0,
                YearMonth.of(2017, 12),
                YearMonth.of(2019, 1)));
    assertThat(ExperienceCalculator.months(spans)).isEqualTo(60);
    assertThat(ExperienceCalculator.leastMonths(spans)).isEqualTo(38);
  }

  @Test
  void countsStartAndEndMonths() {
    assertThat(ExperienceCalculator.months(List.of(span(2021, 3, 2021, 5)))).isEqualTo(3);
  }

  @Test
  void countsOverlappingJobsOnce() {
    List<MonthSpan> spans =
        List.of(span(2015, 1, 2017, 12), span(2017, 1, 2019, 6), span(2016, 6, 2016, 9));
    assertThat(ExperienceCalculator.months(spans)).isEqualTo(54);
  }

  @Test
  void leavesGapsOut() {
    List<MonthSpan> spans = List.of(span(2010, 1, 2010, 12), span(2012, 1, 2012, 6));
    assertThat(ExperienceCalculator.months(spans)).isEqualTo(18);
  }

  @Test
  void nothingIsZero() {
    assertThat(ExperienceCalculator.months(List.of())).isZero();
  }
}
