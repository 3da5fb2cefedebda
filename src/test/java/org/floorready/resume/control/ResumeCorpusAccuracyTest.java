package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.floorready.resume.entity.HeldLicense;
import org.floorready.resume.entity.ResumeProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the extractor over the development corpus and scores it the way the corpus README says,
 * field by field, against truth.json.
 */
class ResumeCorpusAccuracyTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final int EXPERIENCE_TOLERANCE = 12;

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

    Map<String, FieldTally> tallies = new LinkedHashMap<>();
    for (var field :
        List.of(
            Map.entry("email", 1.0),
            Map.entry("phone", 1.0),
            Map.entry("name", 0.95),
            Map.entry("city+state", 0.90),
            Map.entry("npn", 0.95),
            Map.entry("P&C licensed states", 0.90),
            Map.entry("languages", 0.90),
            Map.entry("experience ±12 months", 0.80),
            Map.entry("skills recall", 0.0))) {
      tallies.put(field.getKey(), new FieldTally(field.getKey(), field.getValue()));
    }
    // the text comes the way it does in production: from the child JVMs, configured as they are
    files.copyInto(uploads);
    try (DocumentTextExtractor tika =
        new DocumentTextExtractor(
            ExtractionSettings.defaults(ChildLibraries.folder(), uploads, work))) {
      for (var entry : resumes.entrySet()) {
        String file = entry.getKey();
        ExtractedText text = tika.extract(uploads.resolve(file));
        ResumeProfile profile = extractor.extract(text.mediaType(), text.text(), AS_OF);
        score(file, (Map<String, Object>) entry.getValue(), profile, tallies);
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

  @SuppressWarnings("unchecked")
  private static void score(
      String file,
      Map<String, Object> expected,
      ResumeProfile profile,
      Map<String, FieldTally> tallies) {
    String email = profile.emails().isEmpty() ? null : profile.emails().get(0);
    String phone = profile.phones().isEmpty() ? null : profile.phones().get(0);
    exact(tallies.get("email"), file, expected.get("email"), email);
    exact(tallies.get("phone"), file, expected.get("phone"), phone);
    exact(tallies.get("name"), file, expected.get("name"), profile.name());
    String expectedPlace = expected.get("city") + ", " + expected.get("state");
    String actualPlace =
        profile.location() == null
            ? null
            : profile.location().city() + ", " + profile.location().region();
    exact(tallies.get("city+state"), file, expectedPlace, actualPlace);
    exact(tallies.get("npn"), file, expected.get("npn"), profile.npn());

    Set<String> expectedStates = Set.copyOf((List<String>) expected.get("licensedStates"));
    Set<String> licensedStates =
        profile.licenses().stream()
            .filter(
                license ->
                    license.active()
                        && LinesOfAuthority.includesPropertyCasualty(license.linesOfAuthority()))
            .map(HeldLicense::state)
            .collect(Collectors.toSet());
    tallies
        .get("P&C licensed states")
        .record(file, expectedStates.equals(licensedStates), expectedStates, licensedStates);

    Set<String> expectedLanguages =
        ((List<String>) expected.get("languages"))
            .stream().map(ResumeCorpusAccuracyTest::normalize).collect(Collectors.toSet());
    Set<String> languages =
        profile.languages().stream()
            .map(ResumeCorpusAccuracyTest::normalize)
            .filter(language -> !language.equals("english"))
            .collect(Collectors.toSet());
    tallies
        .get("languages")
        .record(file, expectedLanguages.equals(languages), expectedLanguages, languages);

    int expectedMonths = ((Double) expected.get("experienceMonths")).intValue();
    Integer months = profile.experienceMonths();
    tallies
        .get("experience ±12 months")
        .record(
            file,
            months != null && Math.abs(months - expectedMonths) <= EXPERIENCE_TOLERANCE,
            expectedMonths,
            months);

    List<String> expectedSkills = (List<String>) expected.get("skills");
    long found =
        expectedSkills.stream()
            .filter(
                skill ->
                    profile.skills().stream()
                        .anyMatch(parsed -> normalize(parsed).contains(normalize(skill))))
            .count();
    tallies
        .get("skills recall")
        .add(
            file,
            expectedSkills.isEmpty() ? 1 : (double) found / expectedSkills.size(),
            expectedSkills,
            profile.skills());
  }

  private static void exact(FieldTally tally, String file, Object expected, String actual) {
    String want = expected == null ? "" : normalize(expected.toString());
    String got = actual == null ? "" : normalize(actual);
    tally.record(file, Objects.equals(want, got), expected, actual);
  }

  static String normalize(String value) {
    String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
    return nfc.replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .toLowerCase(Locale.ROOT)
        .trim()
        .replaceAll("\\s+", " ");
  }
}
