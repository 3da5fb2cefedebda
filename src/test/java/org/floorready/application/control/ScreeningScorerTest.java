package org.floorready.application.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.floorready.application.control.ScreeningResult.Outcome;
import org.floorready.requisition.entity.CriterionKind;
import org.floorready.requisition.entity.ScreeningCriterion;
import org.floorready.resume.entity.HeldLicense;
import org.junit.jupiter.api.Test;

class ScreeningScorerTest {
  private static final List<ScreeningCriterion> CRITERIA =
      List.of(
          new ScreeningCriterion(CriterionKind.LICENSE_STATE, "TX", null, true),
          new ScreeningCriterion(CriterionKind.LANGUAGE, "Spanish", null, false),
          new ScreeningCriterion(CriterionKind.CONTACT_CENTER_MONTHS, null, 24, true),
          new ScreeningCriterion(CriterionKind.SKILL, "Five9", null, false));

  private static ScreeningInput profile(
      Integer contactCenter,
      List<String> languages,
      List<String> states,
      List<HeldLicense> licenses) {
    return new ScreeningInput(
        true, 60, contactCenter, List.of("Five9", "Salesforce"), languages, states, licenses);
  }

  @Test
  void everyCriterionGetsALineWithEvidence() {
    ScreeningResult result =
        ScreeningScorer.score(
            CRITERIA,
            profile(
                18,
                List.of("English", "Spanish"),
                List.of("TX"),
                List.of(
                    new HeldLicense(
                        "TX", List.of("Property", "Casualty"), "2198765", true, "active"))));
    assertThat(result.lines())
        .extracting(ScreeningResult.Line::evidence)
        .containsExactly(
            "Licensed in TX, license 2198765",
            "Spanish",
            "18 months contact-center experience, needs 24",
            "Five9 in the resume");
    assertThat(result.lines())
        .extracting(ScreeningResult.Line::outcome)
        .containsExactly(Outcome.MET, Outcome.MET, Outcome.NOT_MET, Outcome.MET);
    assertThat(result.mustHaveUnmet()).isTrue();
    assertThat(result.score()).isEqualTo(67); // met 2 + 1 + 1 of 2 + 1 + 2 + 1
  }

  @Test
  void aLapsedLicenseIsNotMetAndSaysSo() {
    ScreeningResult result =
        ScreeningScorer.score(
            CRITERIA.subList(0, 1),
            profile(
                30,
                List.of(),
                List.of(),
                List.of(new HeldLicense("TX", List.of("Property"), "99", null, "lapsed"))));
    assertThat(result.lines().get(0).outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(result.lines().get(0).evidence()).isEqualTo("TX license lapsed (license 99)");
    assertThat(result.score()).isZero();
  }

  @Test
  void anUnparsedProfileIsUnknownNeverNotMet() {
    ScreeningInput nothing =
        new ScreeningInput(false, null, null, List.of(), List.of(), List.of(), List.of());
    ScreeningResult result = ScreeningScorer.score(CRITERIA, nothing);
    assertThat(result.lines()).allMatch(l -> l.outcome() == Outcome.UNKNOWN);
    assertThat(result.mustHaveUnmet()).isFalse();
    assertThat(result.score()).isZero();
  }

  @Test
  void missingWorkHistoryIsUnknownAndAllMetScoresHundred() {
    ScreeningResult unknown =
        ScreeningScorer.score(
            CRITERIA.subList(2, 3), profile(null, List.of(), List.of(), List.of()));
    assertThat(unknown.lines().get(0).outcome()).isEqualTo(Outcome.UNKNOWN);
    ScreeningResult all =
        ScreeningScorer.score(CRITERIA, profile(40, List.of("Spanish"), List.of("TX"), List.of()));
    assertThat(all.score()).isEqualTo(100);
    assertThat(all.lines().get(0).evidence()).isEqualTo("Licensed in TX");
  }

  @Test
  void noCriteriaMeansNoScore() {
    assertThat(
            ScreeningScorer.score(List.of(), profile(1, List.of(), List.of(), List.of())).score())
        .isNull();
  }
}
