package org.floorready.resume.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a resume says about an applicant, as read from its plain text. Unknown values are null or
 * empty. {@code sources} maps a field (for list items {@code "licenses[0]"}, ...) to the line of
 * text it was read from, so a recruiter can check every value against the document; {@code
 * confidence} says per field (name, email, phone, city, region, experienceMonths,
 * contactCenterMonths, npn, licensedStates, languages, skills) whether to trust it or check it;
 * {@code nickname} is the name written in quotes or parentheses (Katherine "Kate" Lin → name
 * Katherine Lin, nickname Kate).
 */
public record ResumeProfile(
    String mediaType,
    int textLength,
    String name,
    List<String> emails,
    List<String> phones,
    Location location,
    Integer experienceMonths,
    Integer contactCenterExperienceMonths,
    List<WorkPeriod> workHistory,
    List<String> skills,
    List<String> languages,
    List<HeldLicense> licenses,
    String npn,
    List<Education> education,
    List<String> warnings,
    Map<String, String> sources,
    Map<String, FieldConfidence> confidence,
    String nickname) {

  public ResumeProfile {
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
    workHistory = List.copyOf(workHistory);
    skills = List.copyOf(skills);
    languages = List.copyOf(languages);
    licenses = List.copyOf(licenses);
    education = List.copyOf(education);
    warnings = List.copyOf(warnings);
    sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    // profiles stored before confidence was kept read back without it
    confidence =
        confidence == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(confidence));
  }
}
