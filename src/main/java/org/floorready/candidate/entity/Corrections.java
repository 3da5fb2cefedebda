package org.floorready.candidate.entity;

import java.util.List;

/**
 * What a recruiter corrected on a profile. Null means "as parsed"; anything else wins over the
 * parser, now and after every re-parse.
 */
public record Corrections(
    String name,
    String email,
    String phone,
    String city,
    String region,
    Integer experienceMonths,
    Integer contactCenterMonths,
    String npn,
    List<String> skills,
    List<String> languages,
    List<String> licensedStates) {

  public static Corrections none() {
    return new Corrections(null, null, null, null, null, null, null, null, null, null, null);
  }

  /** Later corrections add to earlier ones field by field. */
  public Corrections then(Corrections later) {
    return new Corrections(pick(later.name, name), pick(later.email, email), pick(later.phone, phone),
        pick(later.city, city), pick(later.region, region), pick(later.experienceMonths, experienceMonths),
        pick(later.contactCenterMonths, contactCenterMonths), pick(later.npn, npn), pick(later.skills, skills),
        pick(later.languages, languages), pick(later.licensedStates, licensedStates));
  }

  public CandidateProfile overlay(CandidateProfile parsed) {
    List<String> emails = email == null ? parsed.emails() : List.of(email);
    List<String> phones = phone == null ? parsed.phones() : List.of(phone);
    return new CandidateProfile(pick(name, parsed.name()), emails, phones, pick(city, parsed.city()),
        pick(region, parsed.region()), parsed.country(), pick(experienceMonths, parsed.experienceMonths()),
        pick(contactCenterMonths, parsed.contactCenterMonths()), pick(npn, parsed.npn()),
        pick(skills, parsed.skills()), pick(languages, parsed.languages()),
        pick(licensedStates, parsed.licensedStates()));
  }

  private static <T> T pick(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }
}
