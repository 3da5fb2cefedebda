package org.floorready.licensing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.floorready.licensing.control.Journey;
import org.floorready.security.entity.Audited;

/**
 * What a state asks of a producer for one line of authority, from a date on. A change is a new
 * version with a later effective date; the people who started under an older version keep it. A
 * null value is unknown (shown so, never guessed).
 */
@Entity
@Table(name = "state_requirement")
public class StateRequirement implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "state_requirement_seq")
  @SequenceGenerator(
      name = "state_requirement_seq",
      sequenceName = "state_requirement_seq",
      allocationSize = 50)
  private Long id;

  private String state;

  @Enumerated(EnumType.STRING)
  private LineOfAuthority line;

  private LocalDate effectiveFrom;
  private Integer prelicensingHours;
  private String examVendor;
  private Boolean fingerprints;
  private Integer renewalMonths;
  private Integer ceHours;
  private Boolean nonResidentExam;
  private Boolean appointmentRequired;
  private String notes;
  private boolean verified;
  private String changedBy;
  private Instant changedAt;
  @Version private long version;

  protected StateRequirement() {}

  /** The values of one version, as an admin or a CSV row gives them. */
  public record Values(
      Integer prelicensingHours,
      String examVendor,
      Boolean fingerprints,
      Integer renewalMonths,
      Integer ceHours,
      Boolean nonResidentExam,
      Boolean appointmentRequired,
      String notes,
      boolean verified) {}

  public StateRequirement(
      String state,
      LineOfAuthority line,
      LocalDate effectiveFrom,
      Values values,
      String by,
      Instant at) {
    this.state = state;
    this.line = line;
    this.effectiveFrom = effectiveFrom;
    set(values, by, at);
  }

  /** Changes this version in place (only a version nobody started under, or a correction). */
  public void set(Values v, String by, Instant at) {
    this.prelicensingHours = v.prelicensingHours();
    this.examVendor = v.examVendor();
    this.fingerprints = v.fingerprints();
    this.renewalMonths = v.renewalMonths();
    this.ceHours = v.ceHours();
    this.nonResidentExam = v.nonResidentExam();
    this.appointmentRequired = v.appointmentRequired();
    this.notes = v.notes();
    this.verified = v.verified();
    this.changedBy = by;
    this.changedAt = at;
  }

  /**
   * The version in effect on a day: the latest that began on or before it; before the first
   * version, the first (the data's earliest word is the best there is).
   */
  public static Optional<StateRequirement> inEffect(List<StateRequirement> versions, LocalDate on) {
    Comparator<StateRequirement> byDate = Comparator.comparing(StateRequirement::effectiveFrom);
    return versions.stream()
        .filter(v -> !v.effectiveFrom.isAfter(on))
        .max(byDate)
        .or(() -> versions.stream().min(byDate));
  }

  public Journey.Requirement rules() {
    return new Journey.Requirement(
        prelicensingHours, fingerprints, nonResidentExam, appointmentRequired);
  }

  public Values values() {
    return new Values(
        prelicensingHours,
        examVendor,
        fingerprints,
        renewalMonths,
        ceHours,
        nonResidentExam,
        appointmentRequired,
        notes,
        verified);
  }

  @Override
  public String auditId() {
    return state + " " + line.label() + " from " + effectiveFrom;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("prelicensingHours", prelicensingHours);
    s.put("examVendor", examVendor);
    s.put("fingerprints", fingerprints);
    s.put("renewalMonths", renewalMonths);
    s.put("ceHours", ceHours);
    s.put("nonResidentExam", nonResidentExam);
    s.put("appointmentRequired", appointmentRequired);
    s.put("notes", notes);
    s.put("verified", verified);
    return s;
  }

  public Long id() {
    return id;
  }

  public String state() {
    return state;
  }

  public LineOfAuthority line() {
    return line;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public long version() {
    return version;
  }
}
