package org.floorready.resume.control;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.floorready.resume.entity.HeldLicense;
import org.floorready.resume.entity.ResumeProfile;

/**
 * Scores one parsed resume against its truth, field by field, the way the corpus READMEs say: exact
 * email, phone, name, city+state and NPN; the set of active P&C states and of languages other than
 * English; experience within 12 months; the share of the true skills found.
 */
final class CorpusScoring {
  static final int EXPERIENCE_TOLERANCE = 12;
  static final List<String> FIELDS =
      List.of(
          "email",
          "phone",
          "name",
          "city+state",
          "npn",
          "P&C licensed states",
          "languages",
          "experience ±12 months",
          "skills recall");

  private CorpusScoring() {}

  /** A tally per field, in the usual order, each with its threshold (0 when not given). */
  static Map<String, FieldTally> tallies(Map<String, Double> thresholds) {
    Map<String, FieldTally> tallies = new LinkedHashMap<>();
    for (String field : FIELDS) {
      tallies.put(field, new FieldTally(field, thresholds.getOrDefault(field, 0.0)));
    }
    return tallies;
  }

  @SuppressWarnings("unchecked")
  static void score(
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
            .stream().map(CorpusScoring::normalize).collect(Collectors.toSet());
    Set<String> languages =
        profile.languages().stream()
            .map(CorpusScoring::normalize)
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
