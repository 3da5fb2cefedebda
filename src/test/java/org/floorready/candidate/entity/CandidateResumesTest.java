package org.floorready.candidate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A later resume, or a merged record, adds to what is known of a person; it never wipes it out. */
class CandidateResumesTest {
  private static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");
  private static final CandidateProfile DALLAS =
      new CandidateProfile(
          "Robert Smith",
          List.of("bob@example.com"),
          List.of("+12145550100"),
          "Dallas",
          "TX",
          "US",
          60,
          24,
          "18273645",
          List.of("Five9"),
          List.of("Spanish"),
          List.of("TX"));
  private static final CandidateProfile NOTHING =
      new CandidateProfile(
          null, List.of(), List.of(), null, null, null, null, null, null, List.of(), List.of(),
          List.of());

  private static Candidate bob() {
    return new Candidate("Bob Smith", "bob@example.com", null, IntakeChannel.CAREERS_PAGE, NOW);
  }

  @Test
  void aScanWithoutTextLeavesTheProfileOfTheEarlierResume() {
    Candidate bob = bob();
    bob.readResume(DALLAS, "{\"city\":\"Dallas\"}", "Robert Smith Dallas TX Five9", NOW);

    bob.readResume(NOTHING, "{}", "", NOW);

    assertThat(bob.city()).isEqualTo("Dallas");
    assertThat(bob.skills()).containsExactly("Five9");
    assertThat(bob.licensedStates()).containsExactly("TX");
    assertThat(bob.profileJson()).isEqualTo("{\"city\":\"Dallas\"}");
    assertThat(bob.searchText()).contains("Five9");
  }

  @Test
  void theFirstResumeIsRecordedEvenWithoutText() {
    Candidate bob = bob();
    bob.readResume(NOTHING, "{}", "", NOW);
    assertThat(bob.profileJson()).isEqualTo("{}");
  }

  @Test
  void aNewerResumeWinsButTheEarlierTextStaysSearchable() {
    Candidate bob = bob();
    bob.readResume(DALLAS, "{}", "Five9 Dallas", NOW);
    bob.readResume(DALLAS, "{}", "Talkdesk Plano", NOW);
    assertThat(bob.searchText()).startsWith("Talkdesk Plano").contains("Five9 Dallas");

    bob.readResume(DALLAS, "{}", "Talkdesk Plano", NOW);
    assertThat(bob.searchText())
        .as("a resume read again adds nothing")
        .isEqualTo("Talkdesk Plano\n\nFive9 Dallas");
  }

  @Test
  void aMergeKeepsTheOtherRecordsResumeFindable() {
    Candidate survivor = bob();
    Candidate other =
        new Candidate("Robert Smith", "rob@example.org", null, IntakeChannel.UPLOAD, NOW);
    other.readResume(DALLAS, "{\"city\":\"Dallas\"}", "Robert Smith EZLynx Dallas", NOW);

    other.mergeInto(survivor, NOW);

    assertThat(survivor.searchText()).contains("EZLynx");
    assertThat(survivor.city())
        .as("the survivor had no resume: the other's values")
        .isEqualTo("Dallas");
    assertThat(survivor.emails()).contains("rob@example.org", "bob@example.com");
  }
}
