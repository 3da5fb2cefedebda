package org.floorready.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.floorready.platform.InvalidInput;
import org.floorready.quality.control.KpiCsv;
import org.floorready.quality.control.KpiRow;
import org.floorready.quality.control.KpiText;
import org.junit.jupiter.api.Test;

class KpiRulesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  static KpiRow row(Integer calls, Integer aht, Integer talk, Integer hold, BigDecimal qa) {
    return new KpiRow(
        2, "A-1", null, MONDAY, 7, calls, aht, talk, hold, null, null, null, qa, null);
  }

  @Test
  void impossibleValuesAreNamed() {
    assertThat(row(120, 360, 300, 40, new BigDecimal("91.5")).problems(TODAY)).isEmpty();
    assertThat(row(120, 0, null, null, null).problems(TODAY))
        .containsExactly("an average handle time of 0 with calls handled is impossible");
    assertThat(row(-1, 300, null, null, null).problems(TODAY))
        .containsExactly("callsHandled must not be negative");
    assertThat(row(10, 300, 320, 400, null).problems(TODAY))
        .containsExactly(
            "talk time cannot exceed handle time", "hold time cannot exceed handle time");
    assertThat(row(10, 20_000, null, null, new BigDecimal("101")).problems(TODAY))
        .containsExactly(
            "an average of 20000 s is longer than 4 hours per call",
            "qaScore is a percentage from 0 to 100");
    assertThat(row(null, null, null, null, null).problems(TODAY))
        .containsExactly("the row has no KPI value");
    assertThat(row(8000, 300, null, null, null).problems(TODAY))
        .containsExactly("callsHandled 8000 is more than anyone takes in 7 day(s)");
    KpiRow tuesdayWeek =
        new KpiRow(
            2, null, null, MONDAY.plusDays(1), 7, 5, 300, null, null, null, null, null, null, null);
    assertThat(tuesdayWeek.problems(TODAY))
        .containsExactly(
            "agentId or email is required to know whose KPIs these are",
            "a week starts on a Monday; 2026-11-24 is a TUESDAY");
    KpiRow future =
        new KpiRow(
            2, "A-1", null, TODAY.plusDays(1), 1, 5, 300, null, null, null, null, null, null, null);
    assertThat(future.problems(TODAY)).containsExactly("periodStart 2026-12-05 is in the future");
  }

  @Test
  void textsAreReadInTheirUsualFormsAndAFileKeepsToOneDateForm() {
    KpiText.Read read =
        KpiText.read(
            2,
            Map.of(
                "email", "Ann@Example.com",
                "periodStart", "11/23/2026",
                "callsHandled", "1,204",
                "ahtSeconds", "6:05",
                "talkSeconds", "0:05:01",
                "holdSeconds", "38",
                "qaScore", "92.5%"),
            null);
    assertThat(read.problems()).isEmpty();
    assertThat(read.dateForm()).isEqualTo(KpiText.DateForm.US);
    KpiRow r = read.row();
    assertThat(r.email()).isEqualTo("ann@example.com");
    assertThat(r.periodStart()).isEqualTo(MONDAY);
    assertThat(r.periodDays()).isEqualTo(7);
    assertThat(r.callsHandled()).isEqualTo(1204);
    assertThat(r.ahtSeconds()).isEqualTo(365);
    assertThat(r.talkSeconds()).isEqualTo(301);
    assertThat(r.holdSeconds()).isEqualTo(38);
    assertThat(r.qaScore()).isEqualByComparingTo("92.5");
    // a second row in ISO after a US first one: refused, not guessed
    KpiText.Read mixed =
        KpiText.read(3, Map.of("agentId", "A-1", "periodStart", "2026-11-23"), KpiText.DateForm.US);
    assertThat(mixed.row()).isNull();
    assertThat(mixed.problems().get(0)).contains("written differently from the file's first date");
    assertThat(
            KpiText.read(4, Map.of("agentId", "A", "periodStart", "2026-02-30"), null).problems())
        .containsExactly("periodStart 2026-02-30 is not a day of the calendar");
    assertThat(
            KpiText.read(
                    5,
                    Map.of("agentId", "A", "periodStart", "2026-11-23", "ahtSeconds", "soon"),
                    null)
                .problems())
        .containsExactly("ahtSeconds soon is not a duration such as 245, 4:05 or 0:04:05");
  }

  @Test
  void aFileIsMappedByItsUsualColumnNamesOrAGivenMapping() throws Exception {
    String csv =
        "Agent ID,Week Of,Calls,AHT,Avg Talk Time,Sales,QA\n"
            + "A-1,2026-11-23,120,6:00,5:00,9,91\n"
            + "\n"
            + "A-2,2026-11-23,80,7:10,6:00,4,88\n";
    List<KpiCsv.Record> records = new ArrayList<>();
    try (KpiCsv file = new KpiCsv(new StringReader(csv), Map.of())) {
      assertThat(file.mapping())
          .containsEntry("agentId", "Agent ID")
          .containsEntry("periodStart", "Week Of")
          .containsEntry("ahtSeconds", "AHT")
          .containsEntry("talkSeconds", "Avg Talk Time")
          .containsEntry("policiesSold", "Sales")
          .containsEntry("qaScore", "QA");
      file.forEachRemaining(records::add);
    }
    assertThat(records).extracting(KpiCsv.Record::line).containsExactly(2L, 4L);
    assertThat(records.get(1).texts())
        .containsEntry("agentId", "A-2")
        .containsEntry("ahtSeconds", "7:10");

    String other = "Emp,Day,Handled\nx@example.com,2026-11-23,4\n";
    try (KpiCsv file =
        new KpiCsv(new StringReader(other), Map.of("email", "Emp", "periodStart", "Day"))) {
      assertThat(file.next().texts())
          .containsEntry("email", "x@example.com")
          .containsEntry("callsHandled", "4");
    }
    assertThatThrownBy(() -> new KpiCsv(new StringReader(other), Map.of("email", "Nope")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.violations().toString()).contains("no column Nope"));
    assertThatThrownBy(() -> new KpiCsv(new StringReader("Calls,Day\n1,2026-11-23\n"), Map.of()))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.violations().toString()).contains("no column tells whose row it is"));
    assertThatThrownBy(() -> new KpiCsv(new StringReader(other), Map.of("salary", "Emp")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.violations().toString()).contains("salary is not a KPI field"));
  }
}
