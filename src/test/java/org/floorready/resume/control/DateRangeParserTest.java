package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeParserTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private static MonthSpan only(String line) {
    List<MonthSpan> spans = DateRangeParser.find(line, TODAY);
    assertThat(spans).as(line).hasSize(1);
    return spans.get(0);
  }

  @Test
  void readsMonthNamesAbbreviatedOrNotWithAnyDash() {
    MonthSpan span = only("Harbor Mutual — Tacoma, WA | Sept. 2017 – Feb 2020");
    assertThat(span.start()).isEqualTo(YearMonth.of(2017, 9));
    assertThat(span.end()).isEqualTo(YearMonth.of(2020, 2));
    assertThat(span.months()).isEqualTo(30);
  }

  @Test
  void fullIsoDatesShortSlashesAndTrailingDashes() {
    MonthSpan iso = only("2019-06-01 — 2021-03-01");
    assertThat(iso.start()).isEqualTo(YearMonth.of(2019, 6));
    assertThat(iso.end()).isEqualTo(YearMonth.of(2021, 3));
    MonthSpan slashes = only("Retention Specialist, Acme, 3/24 - 10/26");
    assertThat(slashes.start()).isEqualTo(YearMonth.of(2024, 3));
    assertThat(slashes.end()).isEqualTo(YearMonth.of(2026, 10));
    for (String open :
        List.of("2026-01-01 — ", "Granite State Foods 2024-08-01 —", "Mar 2024 – \uFFFD")) {
      assertThat(only(open).ongoing()).as(open).isTrue();
    }
    assertThat(DateRangeParser.find("Available 24/7 for 2 shifts", TODAY)).isEmpty();
  }

  @Test
  void presentCurrentAndToDateRunToToday() {
    for (String line :
        List.of(
            "03/2022 to Present", "March 2022 - current", "2022-03 – now", "Mar 2022 to date")) {
      MonthSpan span = only(line);
      assertThat(span.start()).as(line).isEqualTo(YearMonth.of(2022, 3));
      assertThat(span.end()).as(line).isEqualTo(YearMonth.of(2026, 11));
      assertThat(span.ongoing()).as(line).isTrue();
    }
  }

  @Test
  void yearOnlyStartsInJanuaryAndEndsInDecember() {
    MonthSpan span = only("2009–2012");
    assertThat(span.start()).isEqualTo(YearMonth.of(2009, 1));
    assertThat(span.end()).isEqualTo(YearMonth.of(2012, 12));
    assertThat(span.months()).isEqualTo(48);
    // the least it can mean: December 2009 to January 2012
    assertThat(span.narrowest().start()).isEqualTo(YearMonth.of(2009, 12));
    assertThat(span.narrowest().months()).isEqualTo(26);
    // within one year: one month at least; to the month: the same either way
    assertThat(only("2021 - 2021").narrowest().months()).isEqualTo(1);
    assertThat(only("Mar 2020 - 2022").narrowest().months()).isEqualTo(23);
    assertThat(only("Summer 2013").narrowest().months()).isEqualTo(3);
    MonthSpan exact = only("Mar 2021 - May 2021");
    assertThat(exact.narrowest().months()).isEqualTo(exact.months());
  }

  @Test
  void aSeasonIsThreeMonthsAndSeveralSeasonsOnALineAreSeveralSpans() {
    List<MonthSpan> spans =
        DateRangeParser.find("Camp counselor — Summer 2010, Summer 2011", TODAY);
    assertThat(spans)
        .extracting(MonthSpan::start)
        .containsExactly(YearMonth.of(2010, 6), YearMonth.of(2011, 6));
    assertThat(spans)
        .extracting(MonthSpan::end)
        .containsExactly(YearMonth.of(2010, 8), YearMonth.of(2011, 8));
  }

  @Test
  void readsApostropheYearsAndSince() {
    MonthSpan apostrophe = only("Jun '18 – Aug '19");
    assertThat(apostrophe.start()).isEqualTo(YearMonth.of(2018, 6));
    assertThat(apostrophe.end()).isEqualTo(YearMonth.of(2019, 8));
    assertThat(only("Since 2024").start()).isEqualTo(YearMonth.of(2024, 1));
  }

  @Test
  void ignoresLoneYearsGradeRangesPhoneNumbersAndLicenseClasses() {
    assertThat(
            DateRangeParser.find(
                "Grades 7–8; storms in (2016, 2018); call 402-555-0177; FL 2-20 license", TODAY))
        .isEmpty();
    assertThat(DateRangeParser.find("Completed in May 2019", TODAY)).isEmpty();
  }

  @Test
  void dropsBackwardsRangesAndClampsTheFuture() {
    assertThat(DateRangeParser.find("2020 - 2018", TODAY)).isEmpty();
    assertThat(only("Jan 2026 - Dec 2027").end()).isEqualTo(YearMonth.of(2026, 11));
  }
}
