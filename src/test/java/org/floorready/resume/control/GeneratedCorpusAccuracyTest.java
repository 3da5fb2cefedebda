package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.floorready.resume.entity.ResumeProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accuracy on resumes nobody here tuned on: the corpus in {@code src/test/corpus} (made by {@code
 * tools/corpus/generate.mjs} from invented people, laid out by three third-party JSON Resume
 * themes, an own generator of varied layouts and date forms, and image-only scans). It was split
 * once into a tuning part and a held-back part; the thresholds apply to the held-back part, per
 * source, and only the tuning part's misses are printed (the held-back documents are not to be read
 * while changing rules). Figures for both parts and every source go to the output and to
 * bench/README.md.
 */
class GeneratedCorpusAccuracyTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final Path CORPUS = Path.of("src/test/corpus");

  /** The targets for text documents; scans (OCR) 10 points lower. */
  static final Map<String, Double> TEXT_TARGETS =
      Map.of(
          "email", 1.0,
          "phone", 1.0,
          "name", 0.97,
          "city+state", 0.95,
          "P&C licensed states", 0.95,
          "npn", 0.98,
          "languages", 0.95,
          "experience ±12 months", 0.90,
          "skills recall", 0.85);

  /**
   * Where the held-back part is still below the target, it must not fall below what it reached: a
   * ratchet ("source/field" → share), raised as the parser improves, never a target met. None today
   * (2026-12-05): the scans' names, the last below, reach 14 of 16 (87.5 %) since low-resolution
   * scans are enlarged smoothly and accents read by the Spanish model.
   */
  static final Map<String, Double> HELD_BACK_FLOORS = Map.of();

  /**
   * Scans are scored only where they can be read as in production: tesseract with its English and
   * Spanish models (CI installs both and sets {@code floorready.ocr.required}); elsewhere they are
   * printed but not held to thresholds.
   */
  static boolean scansReadable() {
    return Boolean.getBoolean("floorready.ocr.required")
        || (DocumentTextExtractor.tesseractInstalled()
            && TesseractLanguages.installed().contains(DocumentTextExtractor.ACCENTED_LANGUAGE));
  }

  private final ResumeProfileExtractor extractor = new ResumeProfileExtractor();

  @TempDir Path uploads;
  @TempDir Path work;

  @Test
  @SuppressWarnings("unchecked")
  void heldBackResumesMeetTheTargetsPerSource() throws Exception {
    Map<String, Object> truth =
        (Map<String, Object>) TruthJson.parse(Files.readString(CORPUS.resolve("truth.json")));
    Map<String, Object> resumes = (Map<String, Object>) truth.get("resumes");
    Map<String, Map<String, FieldTally>> held = new TreeMap<>();
    Map<String, Map<String, FieldTally>> tuning = new TreeMap<>();
    for (String file : resumes.keySet()) {
      Files.copy(CORPUS.resolve(file), uploads.resolve(file));
    }
    try (DocumentTextExtractor tika =
        new DocumentTextExtractor(
            ExtractionSettings.defaults(ChildLibraries.folder(), uploads, work))) {
      for (var entry : resumes.entrySet()) {
        Map<String, Object> expected = (Map<String, Object>) entry.getValue();
        String source = (String) expected.get("source");
        boolean heldBack = "held".equals(expected.get("split"));
        Map<String, FieldTally> tallies =
            (heldBack ? held : tuning)
                .computeIfAbsent(source, s -> CorpusScoring.tallies(thresholds(s, heldBack)));
        ExtractedText text = tika.extract(uploads.resolve(entry.getKey()));
        ResumeProfile profile = extractor.extract(text.mediaType(), text.text(), AS_OF);
        CorpusScoring.score(entry.getKey(), expected, profile, tallies);
      }
    }

    if (!scansReadable()) {
      System.out.println(
          "\nScans are not held to thresholds here: tesseract with its eng and spa models is not"
              + " installed (Debian: tesseract-ocr tesseract-ocr-spa)");
    }
    System.out.println("\nGenerated corpus, held-back part (thresholds apply)");
    System.out.println(table(held));
    System.out.println("Generated corpus, tuning part");
    System.out.println(table(tuning));
    tuning.forEach(
        (source, tallies) ->
            tallies
                .values()
                .forEach(
                    t ->
                        t.misses().forEach(m -> System.out.println("  " + t.field() + " — " + m))));
    List<String> failing = new ArrayList<>();
    held.forEach(
        (source, tallies) ->
            tallies.values().stream()
                .filter(t -> !t.passes())
                .forEach(t -> failing.add(source + ": " + t.row())));
    assertThat(failing).as("held-back fields below their thresholds").isEmpty();
  }

  /** Held back: the target (scans 10 points lower) or the recorded floor where that is lower. */
  static Map<String, Double> thresholds(String source, boolean heldBack) {
    Map<String, Double> thresholds = new LinkedHashMap<>();
    if (!heldBack || ("scan".equals(source) && !scansReadable())) {
      return thresholds;
    }
    TEXT_TARGETS.forEach(
        (field, target) -> {
          double wanted = "scan".equals(source) ? target - 0.10 : target;
          thresholds.put(
              field, Math.min(wanted, HELD_BACK_FLOORS.getOrDefault(source + "/" + field, wanted)));
        });
    return thresholds;
  }

  /** Fields down, sources across: accuracy in percent and the number of resumes. */
  static String table(Map<String, Map<String, FieldTally>> bySource) {
    StringBuilder out = new StringBuilder(String.format("%-22s", "field"));
    bySource.forEach(
        (source, tallies) ->
            out.append(String.format(" %14s", source + " (" + tallies.get("email").total() + ")")));
    out.append('\n');
    for (String field : CorpusScoring.FIELDS) {
      out.append(String.format("%-22s", field));
      bySource.forEach(
          (source, tallies) -> {
            FieldTally tally = tallies.get(field);
            out.append(
                String.format(" %13.1f%%%s", tally.accuracy() * 100, tally.passes() ? " " : "!"));
          });
      out.append('\n');
    }
    return out.toString();
  }
}
