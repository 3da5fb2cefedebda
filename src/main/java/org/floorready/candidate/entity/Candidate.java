package org.floorready.candidate.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.floorready.platform.database.JsonArrays;
import org.floorready.security.entity.Audited;

/**
 * One person, from first application to licensed agent: every application, document and event of
 * that person hangs here. Parsed resume values are kept as read; recruiter corrections are kept
 * apart and win, so a re-parse never undoes a correction.
 */
@Entity
// emails and phones come by batch (one query each for all the ids): joining both would multiply
// a person's rows by emails x phones, each row carrying the resume text
@NamedQuery(name = Candidate.WITH_CONTACTS, query = "select c from Candidate c where c.id in :ids")
public class Candidate implements Audited {
  private static final int MAX_SEARCH_TEXT = 200_000;

  /**
   * Candidates by id (a page of search results); their emails and phones follow in one batch query
   * each.
   */
  public static final String WITH_CONTACTS = "Candidate.withContacts";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_seq")
  @SequenceGenerator(name = "candidate_seq", sequenceName = "candidate_seq", allocationSize = 50)
  private Long id;

  private String fullName;
  private String primaryEmail;
  private String primaryPhone;
  private String city;
  private String region;
  private String country;
  private Integer experienceMonths;
  private Integer contactCenterMonths;
  private String npn;
  private String skills;
  private String languages;
  private String licensedStates;
  private String profileJson;
  private String correctionsJson;
  private String correctionNotesJson;
  private String searchText;

  @Enumerated(EnumType.STRING)
  private IntakeChannel source;

  private Long recruitingSourceId;
  private Instant createdAt;
  private Instant updatedAt;
  private Long possibleDuplicateOf;
  private String notDuplicateOf;
  private Long mergedInto;
  private Instant erasedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @org.eclipse.persistence.annotations.BatchFetch(
      org.eclipse.persistence.annotations.BatchFetchType.IN)
  @CollectionTable(name = "candidate_email", joinColumns = @JoinColumn(name = "candidate_id"))
  @Column(name = "email")
  private Set<String> emails = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @org.eclipse.persistence.annotations.BatchFetch(
      org.eclipse.persistence.annotations.BatchFetchType.IN)
  @CollectionTable(name = "candidate_phone", joinColumns = @JoinColumn(name = "candidate_id"))
  @Column(name = "phone")
  private Set<String> phones = new LinkedHashSet<>();

  @Version private long version;

  protected Candidate() {}

  public Candidate(String name, String email, String phone, IntakeChannel source, Instant now) {
    this.fullName = name;
    this.source = source;
    this.createdAt = now;
    this.updatedAt = now;
    addContact(email, phone);
  }

  /** Adds an email and a phone (E.164) the person is known by; the first of each is primary. */
  public void addContact(String email, String phone) {
    if (email != null && !email.isBlank()) {
      emails.add(lower(email));
      primaryEmail = primaryEmail == null ? lower(email) : primaryEmail;
    }
    if (phone != null && !phone.isBlank()) {
      phones.add(phone);
      primaryPhone = primaryPhone == null ? phone : primaryPhone;
    }
  }

  /**
   * Takes what a newly read resume yields. A resume without text (a scan still to be OCR'd) says
   * nothing new: the profile read from an earlier resume stays; the first resume's empty profile is
   * still recorded.
   */
  public void readResume(CandidateProfile effective, String parsedJson, String text, Instant now) {
    if ((text == null || text.isBlank()) && profileJson != null) {
      updatedAt = now;
      return;
    }
    applyProfile(effective, parsedJson, text, now);
  }

  /** Takes the values a resume yields, under the recruiter's corrections. */
  public void applyProfile(
      CandidateProfile effective, String parsedJson, String text, Instant now) {
    profileJson = parsedJson;
    if (text != null) {
      searchText = withEarlierText(text, searchText);
    }
    if (effective.name() != null && (fullName == null || fullName.isBlank())) {
      fullName = effective.name();
    }
    effective.emails().forEach(e -> addContact(e, null));
    effective.phones().forEach(p -> addContact(null, p));
    city = effective.city();
    region = effective.region();
    country = effective.country();
    experienceMonths = effective.experienceMonths();
    contactCenterMonths = effective.contactCenterMonths();
    npn = effective.npn();
    skills = JsonArrays.write(effective.skills());
    languages = JsonArrays.write(effective.languages());
    licensedStates = JsonArrays.write(effective.licensedStates());
    updatedAt = now;
  }

  /**
   * A recruiter's corrections win: the corrected name replaces the one the person typed or the
   * resume gave (parsing only ever fills a blank name), and a corrected email or phone becomes the
   * one the person is reached at.
   */
  public void preferCorrected(String name, String email, String phone) {
    if (name != null && !name.isBlank()) {
      fullName = name.trim();
    }
    addContact(email, phone);
    if (email != null && !email.isBlank()) {
      primaryEmail = lower(email);
    }
    if (phone != null && !phone.isBlank()) {
      primaryPhone = phone;
    }
  }

  public void setCorrections(String json, String notesJson, Instant now) {
    correctionsJson = json;
    correctionNotesJson = notesJson;
    updatedAt = now;
  }

  /**
   * Notes a correction before it is applied. Name, email and phone keep the value the first
   * correction replaced; a field corrected before notes were kept has no known original.
   */
  public CorrectionNote noteCorrection(
      String field,
      Object value,
      Optional<CorrectionNote> earlier,
      boolean correctedBefore,
      String by,
      Instant now) {
    String original =
        switch (field) {
          case "name" -> fullName;
          case "email" -> primaryEmail;
          case "phone" -> primaryPhone;
          default -> null;
        };
    String replaced =
        earlier.map(CorrectionNote::replaced).orElse(correctedBefore ? null : original);
    boolean newContact =
        switch (field) {
          case "email" -> !emails.contains(lower((String) value));
          case "phone" -> !phones.contains((String) value);
          default -> false;
        };
    return new CorrectionNote(by, now, replaced, newContact);
  }

  /**
   * After the correction of name, email or phone is removed: back to the value it replaced, else
   * the resume's. An address or number only the correction brought is forgotten, so that it cannot
   * match another applicant to this person later.
   */
  public void undoIdentityCorrection(
      String field, Object corrected, Optional<CorrectionNote> note, CandidateProfile fallback) {
    String replaced = note.map(CorrectionNote::replaced).orElse(null);
    boolean forget = note.map(CorrectionNote::newContact).orElse(false);
    switch (field) {
      case "name" ->
          fullName =
              replaced != null ? replaced : fallback.name() != null ? fallback.name() : fullName;
      case "email" -> {
        String value = lower((String) corrected);
        List<String> parsed = fallback.emails().stream().map(Candidate::lower).toList();
        if (forget && !value.equals(replaced) && !parsed.contains(value)) {
          emails.remove(value);
        }
        primaryEmail = primary(emails, value, replaced, parsed);
      }
      case "phone" -> {
        String value = (String) corrected;
        if (forget && !value.equals(replaced) && !fallback.phones().contains(value)) {
          phones.remove(value);
        }
        primaryPhone = primary(phones, value, replaced, fallback.phones());
      }
      default -> {}
    }
  }

  private static String primary(
      Set<String> known, String corrected, String replaced, List<String> parsed) {
    List<String> preferred = new ArrayList<>();
    if (replaced != null) {
      preferred.add(replaced);
    }
    preferred.addAll(parsed);
    return preferred.stream()
        .filter(known::contains)
        .findFirst()
        .orElse(known.contains(corrected) ? corrected : known.stream().findFirst().orElse(null));
  }

  private static String lower(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  public void flagPossibleDuplicateOf(Long otherId) {
    if (otherId != null && !notDuplicateOf().contains(otherId)) {
      possibleDuplicateOf = otherId;
    }
  }

  public void markNotDuplicateOf(long otherId) {
    Set<Long> ids = notDuplicateOf();
    ids.add(otherId);
    notDuplicateOf = JsonArrays.write(ids);
    if (possibleDuplicateOf != null && possibleDuplicateOf == otherId) {
      possibleDuplicateOf = null;
    }
  }

  /** This record was merged into another; it stays for history but no longer shows up. */
  public void mergeInto(Candidate survivor, Instant now) {
    survivor.addAll(this);
    mergedInto = survivor.id;
    possibleDuplicateOf = null;
    updatedAt = now;
  }

  private void addAll(Candidate other) {
    if (recruitingSourceId == null) {
      recruitingSourceId = other.recruitingSourceId;
    }
    other.emails.forEach(e -> addContact(e, null));
    other.phones.forEach(p -> addContact(null, p));
    if (profileJson == null && other.profileJson != null) {
      // only the other record's resume was read: its values become this record's
      profileJson = other.profileJson;
      city = other.city;
      region = other.region;
      country = other.country;
      experienceMonths = other.experienceMonths;
      contactCenterMonths = other.contactCenterMonths;
      npn = other.npn;
      skills = other.skills;
      languages = other.languages;
      licensedStates = other.licensedStates;
    }
    if (other.searchText != null && !other.searchText.isBlank()) {
      // the person is found by words of either record's resumes
      searchText =
          searchText == null ? other.searchText : withEarlierText(searchText, other.searchText);
    }
    if (possibleDuplicateOf != null && possibleDuplicateOf.equals(other.id)) {
      possibleDuplicateOf = null;
    }
  }

  /**
   * The newest resume's text first; an earlier resume's stays searchable after it (up to 200,000
   * characters).
   */
  private static String withEarlierText(String newest, String earlier) {
    String combined;
    if (earlier == null || earlier.isBlank()) {
      combined = newest;
    } else if (earlier.startsWith(newest)) {
      // the newest resume read again (or a merge of the same text): nothing new to find
      combined = earlier;
    } else {
      combined = newest + "\n\n" + earlier;
    }
    return combined.substring(0, Math.min(combined.length(), MAX_SEARCH_TEXT));
  }

  public Set<Long> notDuplicateOf() {
    return new LinkedHashSet<>(JsonArrays.longs(notDuplicateOf));
  }

  public Long id() {
    return id;
  }

  public String fullName() {
    return fullName;
  }

  public String primaryEmail() {
    return primaryEmail;
  }

  public String primaryPhone() {
    return primaryPhone;
  }

  public Set<String> emails() {
    return Set.copyOf(emails);
  }

  public Set<String> phones() {
    return Set.copyOf(phones);
  }

  public String city() {
    return city;
  }

  public String region() {
    return region;
  }

  public String country() {
    return country;
  }

  public Integer experienceMonths() {
    return experienceMonths;
  }

  public Integer contactCenterMonths() {
    return contactCenterMonths;
  }

  public String npn() {
    return npn;
  }

  public List<String> skills() {
    return JsonArrays.strings(skills);
  }

  public List<String> languages() {
    return JsonArrays.strings(languages);
  }

  public List<String> licensedStates() {
    return JsonArrays.strings(licensedStates);
  }

  public String profileJson() {
    return profileJson;
  }

  public String searchText() {
    return searchText;
  }

  public String correctionsJson() {
    return correctionsJson;
  }

  public String correctionNotesJson() {
    return correctionNotesJson;
  }

  /**
   * Says who found this person (a recruiting source's id, or null: not known). A recruiter may
   * correct it at any time; reports count the person's applications under it.
   */
  public void foundThrough(Long sourceId, Instant now) {
    this.recruitingSourceId = sourceId;
    this.updatedAt = now;
  }

  /**
   * The source a later intake names, kept only while none is known (the first source found them).
   */
  public void foundThroughIfUnknown(Long sourceId, Instant now) {
    if (recruitingSourceId == null && sourceId != null) {
      foundThrough(sourceId, now);
    }
  }

  public Long recruitingSourceId() {
    return recruitingSourceId;
  }

  public IntakeChannel source() {
    return source;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Long possibleDuplicateOf() {
    return possibleDuplicateOf;
  }

  /**
   * Erases what identifies the person (an erasure request, or the end of the retention period):
   * name, contact details, place, resume text and parsed profile, corrections. What stays is
   * anonymous: how and when the record came in, for the reports' counts.
   */
  public void erase(Instant now) {
    fullName = "Erased candidate";
    primaryEmail = null;
    primaryPhone = null;
    emails.clear();
    phones.clear();
    city = null;
    region = null;
    country = null;
    experienceMonths = null;
    contactCenterMonths = null;
    npn = null;
    skills = null;
    languages = null;
    licensedStates = null;
    profileJson = null;
    correctionsJson = null;
    correctionNotesJson = null;
    searchText = null;
    possibleDuplicateOf = null;
    notDuplicateOf = null;
    erasedAt = now;
    updatedAt = now;
  }

  public Instant erasedAt() {
    return erasedAt;
  }

  public Long mergedInto() {
    return mergedInto;
  }

  public long version() {
    return version;
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("fullName", fullName);
    state.put("emails", String.join(", ", emails));
    state.put("phones", String.join(", ", phones));
    state.put(
        "location",
        city == null && region == null
            ? null
            : java.util.stream.Stream.of(city, region)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(", ")));
    state.put("experienceMonths", experienceMonths);
    state.put("npn", npn);
    state.put("licensedStates", String.join(", ", licensedStates()));
    state.put("corrections", correctionsJson);
    state.put("mergedInto", mergedInto);
    state.put("recruitingSourceId", recruitingSourceId);
    return state;
  }
}
