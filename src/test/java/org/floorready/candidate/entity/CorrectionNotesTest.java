package org.floorready.candidate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CorrectionNotesTest {
  @Test
  void notesAreKeptPerFieldAndDroppedWithTheirCorrection() {
    CorrectionNote city =
        new CorrectionNote("riley", Instant.parse("2026-11-26T15:00:00Z"), null, false);
    CorrectionNote name =
        new CorrectionNote("sam", Instant.parse("2026-11-27T09:00:00Z"), "Bob Smith", false);
    CorrectionNotes notes = CorrectionNotes.none().with("city", city).with("name", name);
    assertThat(notes.of("city")).contains(city);
    assertThat(notes.without("city").of("city")).isEmpty();
    assertThat(notes.without("city").of("name")).contains(name);
    assertThat(new CorrectionNotes(null).fields()).as("stored before any note: none").isEmpty();
  }
}
