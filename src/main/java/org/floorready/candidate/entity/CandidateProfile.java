package org.floorready.candidate.entity;

import java.util.List;
import org.floorready.resume.entity.HeldLicense;
import org.floorready.resume.entity.Location;
import org.floorready.resume.entity.ResumeProfile;

/**
 * The searchable values of a person: parsed from a resume, then overlaid with recruiter
 * corrections.
 */
public record CandidateProfile(
    String name,
    List<String> emails,
    List<String> phones,
    String city,
    String region,
    String country,
    Integer experienceMonths,
    Integer contactCenterMonths,
    String npn,
    List<String> skills,
    List<String> languages,
    List<String> licensedStates) {

  /** Nothing known yet: what a profile falls back to before any resume was parsed. */
  public static CandidateProfile unknown() {
    return new CandidateProfile(
        null, List.of(), List.of(), null, null, null, null, null, null, List.of(), List.of(),
        List.of());
  }

  /** P&C (or personal lines) licenses that are active, as the screening and search know them. */
  public static CandidateProfile of(ResumeProfile parsed) {
    List<String> states = HeldLicense.propertyCasualtyStates(parsed.licenses());
    Location location = parsed.location();
    return new CandidateProfile(
        parsed.name(),
        parsed.emails(),
        parsed.phones(),
        location == null ? null : location.city(),
        location == null ? null : location.region(),
        location == null ? null : location.country(),
        parsed.experienceMonths(),
        parsed.contactCenterExperienceMonths(),
        parsed.npn(),
        parsed.skills(),
        parsed.languages().stream().filter(l -> !l.equalsIgnoreCase("English")).toList(),
        states);
  }
}
