package org.floorready.candidate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionsTest {
  private final CandidateProfile parsed = new CandidateProfile("Jon Smith", List.of("jon@example.com"),
      List.of("+12145550100"), "Dallas", "TX", "US", 60, 24, null, List.of("Five9"), List.of("Spanish"), List.of("TX"));

  @Test
  void correctionsWinFieldByFieldAndAddUp() {
    Corrections first = new Corrections(null, null, null, "Plano", null, null, null, null, null, null, null);
    Corrections second = new Corrections(null, null, null, null, null, 72, null, "1234567", null, null, List.of("TX", "OK"));
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
    Corrections all = new Corrections("John Smith", null, null, "Plano", null, 72, null, null, List.of(), null, null);
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
    assertThat(Corrections.isField("country")).isFalse();
    assertThat(Corrections.isField("Name")).isFalse();
    assertThat(Corrections.none().correctedFields()).isEmpty();
    assertThatThrownBy(() -> Corrections.none().without("salary")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Corrections.none().corrects("salary")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void correctionsThatCannotBeStoredAreNamedByField() {
    Corrections bad = new Corrections(" ", "not-an-address", null, "x".repeat(121), null, -1, 5000, "12AB",
        List.of("y".repeat(4001)), null, null);
    assertThat(bad.problems()).containsOnlyKeys("corrections.name", "corrections.email", "corrections.city",
        "corrections.experienceMonths", "corrections.contactCenterMonths", "corrections.npn", "corrections.skills");

    Corrections good = new Corrections("Ana Ruiz", "ana@example.com", null, "Plano", "TX", 60, 24, "18273645",
        List.of("Five9"), List.of("Spanish"), List.of("TX"));
    assertThat(good.problems()).isEmpty();
    assertThat(Corrections.none().problems()).isEmpty();
  }
}
