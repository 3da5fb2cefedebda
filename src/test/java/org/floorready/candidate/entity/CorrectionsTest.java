package org.floorready.candidate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.floorready.resume.entity.Education;
import org.floorready.resume.entity.HeldLicense;
import org.floorready.resume.entity.WorkPeriod;
import org.junit.jupiter.api.Test;

class CorrectionsTest {
  private final CandidateProfile parsed =
      new CandidateProfile(
          "Jon Smith",
          List.of("jon@example.com"),
          List.of("+12145550100"),
          "Dallas",
          "TX",
          "US",
          60,
          24,
          null,
          List.of("Five9"),
          List.of("Spanish"),
          List.of("TX"));

  @Test
  void correctionsWinFieldByFieldAndAddUp() {
    Corrections first =
        new Corrections(
            null, null, null, "Plano", null, null, null, null, null, null, null, null, null, null,
            null);
    Corrections second =
        new Corrections(
            null,
            null,
            null,
            null,
            null,
            72,
            null,
            "1234567",
            null,
            null,
            List.of("TX", "OK"),
            null,
            null,
            null,
            null);
    CandidateProfile effective = first.then(second).overlay(parsed);
    assertThat(effective.city()).isEqualTo("Plano");
    assertThat(effective.experienceMonths()).isEqualTo(72);
    assertThat(effective.npn()).isEqualTo("1234567");
    assertThat(effective.licensedStates()).containsExactly("TX", "OK");
    assertThat(effective.name()).isEqualTo("Jon Smith");
    assertThat(effective.skills()).containsExactly("Five9");
  }

  @Test
  void undoingOneCorrectionLetsTheParsedValueShowAgainAndKeepsTheOthers() {
    Corrections all =
        new Corrections(
            "John Smith",
            null,
            null,
            "Plano",
            null,
            72,
            null,
            null,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(all.correctedFields()).containsExactly("name", "city", "experienceMonths", "skills");

    Corrections rest = all.without("city");
    assertThat(rest.corrects("city")).isFalse();
    assertThat(rest.correctedFields()).containsExactly("name", "experienceMonths", "skills");
    CandidateProfile effective = rest.overlay(parsed);
    assertThat(effective.city()).isEqualTo("Dallas");
    assertThat(effective.name()).isEqualTo("John Smith");
    assertThat(effective.experienceMonths()).isEqualTo(72);
    assertThat(effective.skills()).as("an emptied list is a correction too").isEmpty();

    assertThat(rest.without("skills").overlay(parsed).skills()).containsExactly("Five9");
    assertThat(all.without("npn")).as("a field without correction stays as it was").isEqualTo(all);
  }

  @Test
  void onlyTheFieldsOfTheApiCanBeCorrectedOrUndone() {
    assertThat(Corrections.isField("licensedStates")).isTrue();
    assertThat(Corrections.isField("country")).isTrue();
    assertThat(Corrections.isField("mediaType")).isFalse();
    assertThat(Corrections.isField("Name")).isFalse();
    assertThat(Corrections.none().correctedFields()).isEmpty();
    assertThatThrownBy(() -> Corrections.none().without("salary"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Corrections.none().corrects("salary"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void correctionsThatCannotBeStoredAreNamedByField() {
    Corrections bad =
        new Corrections(
            " ",
            "not-an-address",
            null,
            "x".repeat(121),
            null,
            -1,
            5000,
            "12AB",
            List.of("y".repeat(4001)),
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(bad.problems())
        .containsOnlyKeys(
            "corrections.name",
            "corrections.email",
            "corrections.city",
            "corrections.experienceMonths",
            "corrections.contactCenterMonths",
            "corrections.npn",
            "corrections.skills");

    Corrections good =
        new Corrections(
            "Ana Ruiz",
            "ana@example.com",
            null,
            "Plano",
            "TX",
            60,
            24,
            "18273645",
            List.of("Five9"),
            List.of("Spanish"),
            List.of("TX"),
            null,
            null,
            null,
            null);
    assertThat(good.problems()).isEmpty();
    assertThat(Corrections.none().problems()).isEmpty();
  }

  @Test
  void correctedLicensesDecideTheLicensedStatesAndWorkHistoryAndSchoolsAreChecked() {
    List<HeldLicense> licenses =
        List.of(
            new HeldLicense(
                "TX", List.of("Property", "Casualty"), "2198765", true, HeldLicense.ACTIVE),
            new HeldLicense("OK", List.of("Life"), null, false, HeldLicense.ACTIVE),
            new HeldLicense("KS", List.of("Personal Lines"), null, false, HeldLicense.LAPSED));
    Corrections fixed =
        new Corrections(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "us",
            List.of(new WorkPeriod("Agent", "Acme", "2021-03", null)),
            licenses,
            List.of(new Education("Dallas College", "AAS", 2015)));
    CandidateProfile parsed =
        new CandidateProfile(
            "Ana",
            List.of(),
            List.of(),
            null,
            null,
            "US",
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of("NE"));

    assertThat(fixed.overlay(parsed).licensedStates()).containsExactly("TX");
    assertThat(fixed.licensesOver(List.of())).isEqualTo(licenses);
    assertThat(fixed.correctedFields())
        .containsExactly("country", "workHistory", "licenses", "education");
    assertThat(fixed.problems()).as("'us' is fine; the boundary stores it as US").isEmpty();
    assertThat(fixed.without("licenses").overlay(parsed).licensedStates()).containsExactly("NE");

    Corrections broken =
        new Corrections(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "USA",
            List.of(
                new WorkPeriod("Agent", "Acme", "2021-13", null),
                new WorkPeriod(null, null, "2020-01", "2019-12")),
            List.of(
                new HeldLicense("Texas", List.of(), null, null, "active"),
                new HeldLicense("TX", List.of(), null, null, "expired")),
            List.of(new Education(" ", null, 2015)));
    assertThat(broken.problems())
        .containsOnlyKeys(
            "corrections.country",
            "corrections.workHistory[0]",
            "corrections.workHistory[1]",
            "corrections.licenses[0]",
            "corrections.licenses[1]",
            "corrections.education[0]");
  }
}
