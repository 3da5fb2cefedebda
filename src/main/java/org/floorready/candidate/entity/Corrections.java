package org.floorready.candidate.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.floorready.resume.entity.Education;
import org.floorready.resume.entity.HeldLicense;
import org.floorready.resume.entity.WorkPeriod;

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
    List<String> licensedStates,
    String country,
    List<WorkPeriod> workHistory,
    List<HeldLicense> licenses,
    List<Education> education) {

  private static final List<String> FIELDS =
      List.of(
          "name",
          "email",
          "phone",
          "city",
          "region",
          "experienceMonths",
          "contactCenterMonths",
          "npn",
          "skills",
          "languages",
          "licensedStates",
          "country",
          "workHistory",
          "licenses",
          "education");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern NPN = Pattern.compile("\\d{1,10}");
  private static final int LONGEST_CAREER_MONTHS = 1200;

  /**
   * What is wrong with these corrections, by field ("corrections.city"); empty when they can be
   * stored.
   */
  public Map<String, String> problems() {
    Map<String, String> problems = new LinkedHashMap<>();
    tooLong(problems, "name", name, 200);
    if (name != null && name.isBlank()) {
      problems.put("corrections.name", "must not be blank");
    }
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email.trim()).matches())) {
      problems.put("corrections.email", "must be an email address");
    }
    tooLong(problems, "city", city, 120);
    tooLong(problems, "region", region, 64);
    months(problems, "experienceMonths", experienceMonths);
    months(problems, "contactCenterMonths", contactCenterMonths);
    if (npn != null && !NPN.matcher(npn.trim()).matches()) {
      problems.put("corrections.npn", "must be the National Producer Number: up to 10 digits");
    }
    listTooLong(problems, "skills", skills, 4000);
    listTooLong(problems, "languages", languages, 1000);
    listTooLong(problems, "licensedStates", licensedStates, 400);
    if (country != null && !country.trim().matches("[A-Za-z]{2}")) {
      problems.put("corrections.country", "must be a two-letter country code such as US");
    }
    CorrectedLists.check(workHistory, licenses, education, problems);
    return problems;
  }

  private static void tooLong(Map<String, String> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.put("corrections." + field, "must be at most " + max + " characters");
    }
  }

  private static void months(Map<String, String> problems, String field, Integer value) {
    if (value != null && (value < 0 || value > LONGEST_CAREER_MONTHS)) {
      problems.put(
          "corrections." + field, "must be between 0 and " + LONGEST_CAREER_MONTHS + " months");
    }
  }

  private static void listTooLong(
      Map<String, String> problems, String field, List<String> values, int max) {
    if (values != null
        && (values.stream().anyMatch(Objects::isNull)
            || values.stream().mapToInt(String::length).sum() > max)) {
      problems.put(
          "corrections." + field, "must be a list of at most " + max + " characters in all");
    }
  }

  public static Corrections none() {
    return new Corrections(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
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
      case "country" -> country;
      case "workHistory" -> workHistory;
      case "licenses" -> licenses;
      case "education" -> education;
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
    return new Corrections(
        unless("name", field, name),
        unless("email", field, email),
        unless("phone", field, phone),
        unless("city", field, city),
        unless("region", field, region),
        unless("experienceMonths", field, experienceMonths),
        unless("contactCenterMonths", field, contactCenterMonths),
        unless("npn", field, npn),
        unless("skills", field, skills),
        unless("languages", field, languages),
        unless("licensedStates", field, licensedStates),
        unless("country", field, country),
        unless("workHistory", field, workHistory),
        unless("licenses", field, licenses),
        unless("education", field, education));
  }

  /** Later corrections add to earlier ones field by field. */
  public Corrections then(Corrections later) {
    return new Corrections(
        pick(later.name, name),
        pick(later.email, email),
        pick(later.phone, phone),
        pick(later.city, city),
        pick(later.region, region),
        pick(later.experienceMonths, experienceMonths),
        pick(later.contactCenterMonths, contactCenterMonths),
        pick(later.npn, npn),
        pick(later.skills, skills),
        pick(later.languages, languages),
        pick(later.licensedStates, licensedStates),
        pick(later.country, country),
        pick(later.workHistory, workHistory),
        pick(later.licenses, licenses),
        pick(later.education, education));
  }

  public CandidateProfile overlay(CandidateProfile parsed) {
    List<String> emails = email == null ? parsed.emails() : List.of(email);
    List<String> phones = phone == null ? parsed.phones() : List.of(phone);
    // corrected licenses decide the licensed states, unless the states themselves were corrected
    List<String> states =
        licensedStates != null
            ? licensedStates
            : licenses != null
                ? HeldLicense.propertyCasualtyStates(licenses)
                : parsed.licensedStates();
    return new CandidateProfile(
        pick(name, parsed.name()),
        emails,
        phones,
        pick(city, parsed.city()),
        pick(region, parsed.region()),
        pick(country, parsed.country()),
        pick(experienceMonths, parsed.experienceMonths()),
        pick(contactCenterMonths, parsed.contactCenterMonths()),
        pick(npn, parsed.npn()),
        pick(skills, parsed.skills()),
        pick(languages, parsed.languages()),
        states);
  }

  /** The resume's licenses as the recruiter corrected them: what screening reads. */
  public List<HeldLicense> licensesOver(List<HeldLicense> parsed) {
    return licenses != null ? licenses : parsed;
  }

  private static <T> T unless(String name, String dropped, T value) {
    return name.equals(dropped) ? null : value;
  }

  private static <T> T pick(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }
}
