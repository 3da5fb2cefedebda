package org.floorready.candidate.entity;

import java.util.List;
import java.util.Objects;

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

  private static final List<String> FIELDS = List.of("name", "email", "phone", "city", "region", "experienceMonths",
      "contactCenterMonths", "npn", "skills", "languages", "licensedStates");

  public static Corrections none() {
    return new Corrections(null, null, null, null, null, null, null, null, null, null, null);
  }

  /** Whether a recruiter can correct a field of this name (the names of the API). */
  public static boolean isField(String field) {
    return FIELDS.contains(field);
  }

  /** The corrected value of a field, or null where the parsed (or typed) value holds. */
  public Object valueOf(String field) {
    return switch (Objects.requireNonNull(field)) {
      case "name" -> name;
      case "email" -> email;
      case "phone" -> phone;
      case "city" -> city;
      case "region" -> region;
      case "experienceMonths" -> experienceMonths;
      case "contactCenterMonths" -> contactCenterMonths;
      case "npn" -> npn;
      case "skills" -> skills;
      case "languages" -> languages;
      case "licensedStates" -> licensedStates;
      default -> throw new IllegalArgumentException("No correctable field '" + field + "'");
    };
  }

  public boolean corrects(String field) {
    return valueOf(field) != null;
  }

  /** The fields these corrections set, in the order of the API. */
  public List<String> correctedFields() {
    return FIELDS.stream().filter(this::corrects).toList();
  }

  /** The same corrections but one: that field falls back to the parsed (or typed) value. */
  public Corrections without(String field) {
    valueOf(field);
    return new Corrections(unless("name", field, name), unless("email", field, email), unless("phone", field, phone),
        unless("city", field, city), unless("region", field, region),
        unless("experienceMonths", field, experienceMonths), unless("contactCenterMonths", field, contactCenterMonths),
        unless("npn", field, npn), unless("skills", field, skills), unless("languages", field, languages),
        unless("licensedStates", field, licensedStates));
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

  private static <T> T unless(String name, String dropped, T value) {
    return name.equals(dropped) ? null : value;
  }

  private static <T> T pick(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }
}
