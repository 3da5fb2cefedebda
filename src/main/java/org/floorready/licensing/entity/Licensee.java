package org.floorready.licensing.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.floorready.platform.InvalidInput;
import org.floorready.security.entity.Audited;
import org.floorready.training.entity.NewHire;

/**
 * A new hire as a producer: the NPN (one per person, nationwide, reused for every state), the
 * resident state, the call-center platform's agent id, and the certifications earned.
 */
@Entity
@Table(name = "licensee")
public class Licensee implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licensee_seq")
  @SequenceGenerator(name = "licensee_seq", sequenceName = "licensee_seq", allocationSize = 50)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "new_hire_id")
  private NewHire newHire;

  private String npn;
  private String residentState;
  private String agentId;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "earned_certification", joinColumns = @JoinColumn(name = "licensee_id"))
  private List<EarnedCertification> certifications = new ArrayList<>();

  @Version private long version;

  protected Licensee() {}

  public Licensee(NewHire newHire, String residentState) {
    this.newHire = newHire;
    this.residentState = residentState;
  }

  /** NPN: digits only, up to 10 (blank clears it); uniqueness is the boundary's to check. */
  public void identify(String npn, String residentState, String agentId) {
    String digits = npn == null || npn.isBlank() ? null : npn.strip();
    if (digits != null && !digits.matches("\\d{1,10}")) {
      throw new InvalidInput("npn", "must be 1 to 10 digits");
    }
    this.npn = digits;
    this.residentState = residentState;
    this.agentId = agentId == null || agentId.isBlank() ? null : agentId.strip();
  }

  /** The person was erased: NPN and agent id go; the dated records stay, anonymous. */
  public void anonymize() {
    this.npn = null;
    this.agentId = null;
  }

  /** Earned (again): replaces an earlier record of the same certification. */
  public void earn(Certification c, LocalDate on, LocalDate expiresOn, String by) {
    LocalDate expiry = expiresOn != null ? expiresOn : c.expiryFor(on);
    if (expiry != null && !expiry.isAfter(on)) {
      throw new InvalidInput("expiresOn", "must be after the day it was earned");
    }
    certifications.removeIf(e -> e.certificationId() == c.id());
    certifications.add(new EarnedCertification(c.id(), on, expiry, by));
  }

  public Optional<EarnedCertification> certification(long certificationId) {
    return certifications.stream().filter(e -> e.certificationId() == certificationId).findFirst();
  }

  @Override
  public String auditId() {
    return "new hire " + newHire.id();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("npn", npn);
    s.put("residentState", residentState);
    s.put("agentId", agentId);
    s.put(
        "certifications",
        certifications.stream()
            .map(c -> c.certificationId() + " until " + c.expiresOn())
            .toList()
            .toString());
    return s;
  }

  public Long id() {
    return id;
  }

  public NewHire newHire() {
    return newHire;
  }

  public String npn() {
    return npn;
  }

  public String residentState() {
    return residentState;
  }

  public String agentId() {
    return agentId;
  }

  public List<EarnedCertification> certifications() {
    return List.copyOf(certifications);
  }

  public long version() {
    return version;
  }
}
