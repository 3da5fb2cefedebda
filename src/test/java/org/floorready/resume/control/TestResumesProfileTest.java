package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.floorready.fixtures.TestResumes;
import org.floorready.resume.entity.HeldLicense;
import org.floorready.resume.entity.ResumeProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The profile read from each of FloorReady's own test resumes, through the child JVM as in
 * production, matches what its truth says: contact, place, P&C licensed states, NPN, languages.
 */
class TestResumesProfileTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  @TempDir static Path uploads;
  @TempDir static Path work;
  static DocumentTextExtractor tika;
  private final ResumeProfileExtractor extractor = new ResumeProfileExtractor();

  @BeforeAll
  static void start() {
    TestResumes.copyAll(uploads);
    tika =
        new DocumentTextExtractor(
            ExtractionSettings.defaults(ChildLibraries.folder(), uploads, work).withOcr(false));
  }

  @AfterAll
  static void stop() {
    if (tika != null) {
      tika.close();
    }
  }

  static Stream<String> resumes() {
    return TestResumes.all().keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("resumes")
  void theProfileIsWhatTheResumeSays(String file) {
    TestResumes.Truth truth = TestResumes.truth(file);
    ExtractedText text = tika.extract(uploads.resolve(file));
    ResumeProfile profile = extractor.extract(text.mediaType(), text.text(), AS_OF);

    assertThat(profile.name()).as("name").isEqualTo(truth.name());
    assertThat(profile.emails()).as("emails").first().isEqualTo(truth.email());
    assertThat(profile.phones()).as("phones").first().isEqualTo(truth.phone());
    assertThat(profile.location()).as("location").isNotNull();
    assertThat(profile.location().city() + ", " + profile.location().region())
        .as("city, state")
        .isEqualTo(truth.city() + ", " + truth.region());
    assertThat(HeldLicense.propertyCasualtyStates(profile.licenses()))
        .as("P&C licensed states")
        .containsExactlyInAnyOrderElementsOf(truth.licensedStates());
    assertThat(profile.npn()).as("NPN").isEqualTo(truth.npn());
    assertThat(profile.languages())
        .as("languages")
        .containsExactlyInAnyOrderElementsOf(truth.languages());
  }
}
