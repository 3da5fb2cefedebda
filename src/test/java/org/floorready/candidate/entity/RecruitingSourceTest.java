package org.floorready.candidate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.floorready.candidate.entity.RecruitingSource.CostModel;
import org.junit.jupiter.api.Test;

class RecruitingSourceTest {
  static final BigDecimal AMOUNT = new BigDecimal("300.00");
  static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
  static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

  @Test
  void aMonthlyFeeCountsEachMonthInProportionToItsDaysFromItsStartUntilRetired() {
    LocalDate since = LocalDate.of(2026, 11, 16);
    // Nov 16–30: 15 of 30 days = 150; December whole = 300
    assertThat(CostModel.PER_MONTH.cost(AMOUNT, since, null, NOV_1, DEC_31, 7, 2))
        .isEqualByComparingTo("450.00");
    // retired on Dec 11: Dec 1–10 = 10 of 31 days = 96.774… → 246.77
    assertThat(
            CostModel.PER_MONTH.cost(
                AMOUNT, since, LocalDate.of(2026, 12, 11), NOV_1, DEC_31, 0, 0))
        .isEqualByComparingTo("246.77");
    // a period before the fee began, or after it stopped, costs nothing
    assertThat(
            CostModel.PER_MONTH.cost(
                AMOUNT, since, null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 15), 3, 1))
        .isEqualByComparingTo("0.00");
    assertThat(CostModel.PER_MONTH.cost(AMOUNT, since, NOV_1, NOV_1, DEC_31, 0, 0))
        .isEqualByComparingTo("0.00");
    // February of a leap year: one day is 1/29
    assertThat(
            CostModel.PER_MONTH.cost(
                new BigDecimal("290.00"),
                LocalDate.of(2028, 1, 1),
                null,
                LocalDate.of(2028, 2, 29),
                LocalDate.of(2028, 2, 29),
                0,
                0))
        .isEqualByComparingTo("10.00");
  }

  @Test
  void perHireAndPerApplicantFeesCountWhatTheSourceBrought() {
    assertThat(CostModel.PER_HIRE.cost(new BigDecimal("2500"), NOV_1, null, NOV_1, DEC_31, 40, 3))
        .isEqualByComparingTo("7500.00");
    assertThat(
            CostModel.PER_APPLICANT.cost(
                new BigDecimal("12.50"), NOV_1, null, NOV_1, DEC_31, 40, 3))
        .isEqualByComparingTo("500.00");
    assertThat(CostModel.NONE.cost(BigDecimal.ZERO, NOV_1, null, NOV_1, DEC_31, 40, 3))
        .isEqualByComparingTo("0.00");
  }

  @Test
  void aCodeForLinksIsMadeFromTheName() {
    assertThat(RecruitingSource.codeFor("Indeed (sponsored)")).isEqualTo("indeed-sponsored");
    assertThat(RecruitingSource.codeFor("Feria de Empleo — Miami"))
        .isEqualTo("feria-de-empleo-miami");
    assertThat(RecruitingSource.codeFor("Café référence")).isEqualTo("cafe-reference");
    assertThat(RecruitingSource.codeFor("***")).isEqualTo("source");
    assertThat(RecruitingSource.codeFor("x".repeat(60))).hasSize(40);
    assertThat(RecruitingSource.CODE.matcher(RecruitingSource.codeFor("A -- B")).matches())
        .isTrue();
  }

  @Test
  void theFirstSourceToFindSomeoneKeepsThemUntilARecruiterSaysOtherwise() {
    Candidate person =
        new Candidate("Ann Lee", "ann@example.com", null, IntakeChannel.UPLOAD, null);
    person.foundThroughIfUnknown(null, null);
    assertThat(person.recruitingSourceId()).isNull();
    person.foundThroughIfUnknown(7L, null);
    person.foundThroughIfUnknown(9L, null);
    assertThat(person.recruitingSourceId()).isEqualTo(7L);
    person.foundThrough(9L, null);
    assertThat(person.recruitingSourceId()).isEqualTo(9L);
    person.foundThrough(null, null);
    assertThat(person.recruitingSourceId()).isNull();
  }
}
