package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.floorready.resume.entity.ResumeProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the extractor over the development corpus and scores it the way the corpus README says,
 * field by field, against truth.json.
 */
class ResumeCorpusAccuracyTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private final ResumeProfileExtractor extractor = new ResumeProfileExtractor();

  @TempDir Path uploads;
  @TempDir Path work;

  @Test
  @SuppressWarnings("unchecked")
  void extractsTheCorpusFieldsAtLeastAsWellAsRequired() throws Exception {
    ResumeCorpus files = new ResumeCorpus();
    Path corpus = files.root;
    Map<String, Object> truth =
        (Map<String, Object>) TruthJson.parse(Files.readString(corpus.resolve("truth.json")));
    Map<String, Object> resumes = (Map<String, Object>) truth.get("resumes");

    Map<String, FieldTally> tallies =
        CorpusScoring.tallies(
            Map.of(
                "email", 1.0,
                "phone", 1.0,
                "name", 0.95,
                "city+state", 0.90,
                "npn", 0.95,
                "P&C licensed states", 0.90,
                "languages", 0.90,
                "experience ±12 months", 0.80,
                "skills recall", 0.0));
    // the text comes the way it does in production: from the child JVMs, configured as they are
    files.copyInto(uploads);
    try (DocumentTextExtractor tika =
        new DocumentTextExtractor(
            ExtractionSettings.defaults(ChildLibraries.folder(), uploads, work))) {
      for (var entry : resumes.entrySet()) {
        String file = entry.getKey();
        ExtractedText text = tika.extract(uploads.resolve(file));
        ResumeProfile profile = extractor.extract(text.mediaType(), text.text(), AS_OF);
        CorpusScoring.score(file, (Map<String, Object>) entry.getValue(), profile, tallies);
      }
    }

    System.out.println("\nResume corpus accuracy (" + resumes.size() + " files)");
    tallies.values().forEach(tally -> System.out.println(tally.row()));
    tallies
        .values()
        .forEach(
            tally ->
                tally
                    .misses()
                    .forEach(miss -> System.out.println("  " + tally.field() + " — " + miss)));
    assertThat(tallies.values())
        .allSatisfy(tally -> assertThat(tally.passes()).as(tally.row()).isTrue());
  }
}
