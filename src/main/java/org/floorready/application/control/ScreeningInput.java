package org.floorready.application.control;

import java.util.ArrayList;
import java.util.List;
import org.floorready.candidate.control.ProfileJson;
import org.floorready.candidate.entity.Candidate;
import org.floorready.resume.entity.HeldLicense;
import org.floorready.resume.entity.ResumeProfile;

/**
 * What screening knows about a person: the effective profile (parsed, then corrected) and the
 * licenses as the resume states them. {@code known} is false until a resume was parsed or a
 * recruiter entered values, and then every criterion is "unknown" rather than "not met".
 */
public record ScreeningInput(
    boolean known,
    Integer experienceMonths,
    Integer contactCenterMonths,
    List<String> skills,
    List<String> languages,
    List<String> licensedStates,
    List<HeldLicense> licenses) {

  public static ScreeningInput of(Candidate c) {
    ResumeProfile parsed = ProfileJson.profile(c.profileJson());
    boolean known = parsed != null || c.correctionsJson() != null;
    List<String> languages = new ArrayList<>(c.languages());
    if (parsed != null) {
      parsed.languages().stream()
          .filter(l -> languages.stream().noneMatch(l::equalsIgnoreCase))
          .forEach(languages::add);
    }
    return new ScreeningInput(
        known,
        c.experienceMonths(),
        c.contactCenterMonths(),
        c.skills(),
        languages,
        c.licensedStates(),
        ProfileJson.corrections(c.correctionsJson())
            .licensesOver(parsed == null ? List.of() : parsed.licenses()));
  }
}
