package org.floorready.candidate.entity;

import static org.assertj.core.api.Assertions.assertThat;

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
}
