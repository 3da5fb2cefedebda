package org.floorready.candidate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Undoing a correction of name, email or phone brings back what the person typed or the resume
 * gave.
 */
class CandidateCorrectionUndoTest {
  private static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");
  private final CandidateProfile resume =
      new CandidateProfile(
          "Robert Smith",
          List.of("bob@example.com"),
          List.of("+12145550100"),
          "Dallas",
          "TX",
          "US",
          60,
          24,
          null,
          List.of(),
          List.of(),
          List.of());

  private Candidate typedOnTheCareersPage() {
    return new Candidate(
        "Bob Smith", "Bob@Example.com", "+12145550100", IntakeChannel.CAREERS_PAGE, NOW);
  }

  @Test
  void aCorrectedNameIsUndoneToTheTypedNameNotTheParsedOne() {
    Candidate bob = typedOnTheCareersPage();
    CorrectionNote note =
        bob.noteCorrection("name", "Rob Smith", Optional.empty(), false, "riley", NOW);
    bob.preferCorrected("Rob Smith", null, null);
    assertThat(note.replaced()).isEqualTo("Bob Smith");

    CorrectionNote again =
        bob.noteCorrection("name", "Robbie Smith", Optional.of(note), true, "sam", NOW);
    bob.preferCorrected("Robbie Smith", null, null);
    assertThat(again.replaced())
        .as("the first correction's original is kept")
        .isEqualTo("Bob Smith");
    assertThat(again.by()).isEqualTo("sam");

    bob.undoIdentityCorrection("name", "Robbie Smith", Optional.of(again), resume);
    assertThat(bob.fullName()).isEqualTo("Bob Smith");
  }

  @Test
  void aNameCorrectedBeforeNotesWereKeptFallsBackToTheResume() {
    Candidate bob = typedOnTheCareersPage();
    bob.preferCorrected("Rob Smith", null, null);
    CorrectionNote note =
        bob.noteCorrection("name", "Robbie", Optional.empty(), true, "riley", NOW);
    assertThat(note.replaced()).as("unknown: the current name is a correction itself").isNull();

    bob.undoIdentityCorrection("name", "Rob Smith", Optional.empty(), resume);
    assertThat(bob.fullName()).isEqualTo("Robert Smith");
    bob.undoIdentityCorrection("name", "Rob Smith", Optional.empty(), CandidateProfile.unknown());
    assertThat(bob.fullName()).as("nothing to fall back to: unchanged").isEqualTo("Robert Smith");
  }

  @Test
  void anAddressOnlyTheCorrectionBroughtIsForgottenAndThePrimaryOneComesBack() {
    Candidate bob = typedOnTheCareersPage();
    CorrectionNote note =
        bob.noteCorrection(
            "email", "Robert.Smith@Example.org", Optional.empty(), false, "riley", NOW);
    bob.preferCorrected(null, "Robert.Smith@Example.org", null);
    assertThat(note.newContact()).isTrue();
    assertThat(bob.primaryEmail()).isEqualTo("robert.smith@example.org");

    bob.undoIdentityCorrection("email", "Robert.Smith@Example.org", Optional.of(note), resume);
    assertThat(bob.primaryEmail()).isEqualTo("bob@example.com");
    assertThat(bob.emails()).containsExactly("bob@example.com");
  }

  @Test
  void aKnownNumberMadePrimaryStaysKnownAfterTheUndo() {
    Candidate bob = typedOnTheCareersPage();
    bob.addContact(null, "+12145550199");
    CorrectionNote note =
        bob.noteCorrection("phone", "+12145550199", Optional.empty(), false, "riley", NOW);
    bob.preferCorrected(null, null, "+12145550199");
    assertThat(note.newContact()).isFalse();

    bob.undoIdentityCorrection(
        "phone", "+12145550199", Optional.of(note), CandidateProfile.unknown());
    assertThat(bob.primaryPhone()).isEqualTo("+12145550100");
    assertThat(bob.phones()).containsExactlyInAnyOrder("+12145550100", "+12145550199");
  }

  @Test
  void otherFieldsAreNotTouchedByTheIdentityUndo() {
    Candidate bob = typedOnTheCareersPage();
    bob.undoIdentityCorrection("city", "Plano", Optional.empty(), resume);
    assertThat(bob.fullName()).isEqualTo("Bob Smith");
    assertThat(bob.primaryEmail()).isEqualTo("bob@example.com");
    assertThat(bob.noteCorrection("city", "Plano", Optional.empty(), false, "riley", NOW))
        .isEqualTo(new CorrectionNote("riley", NOW, null, false));
  }
}
