package org.floorready.licensing.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.floorready.licensing.control.Journey;
import org.floorready.platform.InvalidInput;
import org.floorready.security.entity.Audited;

/**
 * One person's road to a license in one state and the license itself: the lines the job needs, the
 * day it started (its requirement versions are those in effect then), and each step with its date
 * and details. A license held at hire is a claim until someone verifies it.
 */
@Entity
@Table(name = "state_license")
public class StateLicense implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "state_license_seq")
  @SequenceGenerator(
      name = "state_license_seq",
      sequenceName = "state_license_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "licensee_id")
  private Licensee licensee;

  private String state;
  private String requiredLines;
  private LocalDate startedOn;
  private String prelicensingProvider;
  private Integer prelicensingHoursDone;
  private LocalDate prelicensingDoneOn;
  private LocalDate fingerprintsOn;
  private LocalDate applicationSubmittedOn;
  private String applicationTracking;
  private String licenseNumber;
  private String licenseLines;
  private LocalDate licenseIssuedOn;
  private LocalDate licenseExpiresOn;
  private boolean licenseVerified;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "license_exam", joinColumns = @JoinColumn(name = "state_license_id"))
  @OrderColumn(name = "attempt")
  private List<ExamAttempt> exams = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(
      name = "carrier_appointment",
      joinColumns = @JoinColumn(name = "state_license_id"))
  @OrderColumn(name = "position")
  private List<CarrierAppointment> appointments = new ArrayList<>();

  @Version private long version;

  protected StateLicense() {}

  public StateLicense(
      Licensee licensee, String state, Set<LineOfAuthority> lines, LocalDate startedOn) {
    this.licensee = licensee;
    this.state = state;
    this.requiredLines = join(lines);
    this.startedOn = startedOn;
  }

  public boolean resident() {
    return state.equals(licensee.residentState());
  }

  public void requireLines(Set<LineOfAuthority> lines) {
    this.requiredLines = join(lines);
  }

  public void prelicensing(String provider, Integer hoursDone, LocalDate doneOn, LocalDate today) {
    notFuture("doneOn", doneOn, today);
    if (hoursDone != null && (hoursDone < 0 || hoursDone > 1000)) {
      throw new InvalidInput("hoursDone", "must be 0 to 1000");
    }
    this.prelicensingProvider = provider;
    this.prelicensingHoursDone = hoursDone;
    this.prelicensingDoneOn = doneOn;
  }

  /** An exam sitting: scheduled (taken null), or taken with its result. */
  public void exam(
      String vendor,
      LocalDate scheduledOn,
      LocalDate takenOn,
      Boolean passed,
      Integer score,
      String by,
      Instant at,
      LocalDate today) {
    if (scheduledOn == null && takenOn == null) {
      throw new InvalidInput("scheduledOn", "give the scheduled day or the day it was taken");
    }
    notFuture("takenOn", takenOn, today);
    if (takenOn != null && passed == null) {
      throw new InvalidInput("passed", "say whether the exam was passed");
    }
    if (score != null && (score < 0 || score > 100)) {
      throw new InvalidInput("score", "must be 0 to 100");
    }
    if (exams.stream().anyMatch(e -> Boolean.TRUE.equals(e.passed()))) {
      throw new InvalidInput("takenOn", "the exam was already passed in " + state);
    }
    ExamAttempt open = exams.stream().filter(e -> e.takenOn() == null).findFirst().orElse(null);
    if (open != null && takenOn != null) {
      open.result(takenOn, passed, score, by, at);
    } else if (open != null) {
      throw new InvalidInput(
          "scheduledOn", "an exam is already scheduled; record its result first");
    } else {
      exams.add(
          new ExamAttempt(
              vendor, scheduledOn == null ? takenOn : scheduledOn, takenOn, passed, score, by, at));
    }
  }

  public void fingerprints(LocalDate on, LocalDate today) {
    notFuture("on", on, today);
    this.fingerprintsOn = on;
  }

  /** The application: a non-resident one only once the resident license is issued. */
  public void apply(
      LocalDate submittedOn, String tracking, boolean residentIssued, LocalDate today) {
    notFuture("submittedOn", submittedOn, today);
    if (!resident() && !residentIssued) {
      throw new ResidentLicenseFirst(
          "Non-resident applications start once the resident license ("
              + licensee.residentState()
              + ") is issued.");
    }
    this.applicationSubmittedOn = submittedOn;
    this.applicationTracking = tracking;
  }

  /** The license as issued, or (verified false) a license the person says they hold. */
  public void issue(
      String number,
      Set<LineOfAuthority> lines,
      LocalDate issuedOn,
      LocalDate expiresOn,
      boolean verified,
      LocalDate today) {
    notFuture("issuedOn", issuedOn, today);
    if (expiresOn != null && !expiresOn.isAfter(issuedOn)) {
      throw new InvalidInput("expiresOn", "must be after the issue date");
    }
    if (lines.isEmpty()) {
      throw new InvalidInput("lines", "name at least one line of authority");
    }
    this.licenseNumber = number;
    this.licenseLines = join(lines);
    this.licenseIssuedOn = issuedOn;
    this.licenseExpiresOn = expiresOn;
    this.licenseVerified = verified;
  }

  /** The person was erased: numbers that identify them go, the dates stay for the counts. */
  public void anonymize() {
    this.licenseNumber = null;
    this.applicationTracking = null;
    this.prelicensingProvider = null;
  }

  public void verifyLicense() {
    if (licenseIssuedOn == null) {
      throw new NoLicenseYet("No license in " + state + " to verify.");
    }
    this.licenseVerified = true;
  }

  /** Appointed with a carrier (or, with terminatedOn, the appointment ended). */
  public void appoint(String carrier, LocalDate on, LocalDate terminatedOn, LocalDate today) {
    if (licenseIssuedOn == null) {
      throw new NoLicenseYet(
          "Appointments come after the license: no license in " + state + " yet.");
    }
    notFuture("appointedOn", on, today);
    if (terminatedOn != null && terminatedOn.isBefore(on)) {
      throw new InvalidInput("terminatedOn", "must not be before the appointment");
    }
    appointments.removeIf(a -> a.carrier().equalsIgnoreCase(carrier));
    appointments.add(new CarrierAppointment(carrier, on, terminatedOn));
  }

  public boolean licenseIssued() {
    return licenseIssuedOn != null;
  }

  /** The road as the rules read it. */
  public Journey.Road road() {
    return new Journey.Road(
        state,
        requiredLines(),
        startedOn,
        prelicensingDoneOn,
        exams.stream()
            .map(e -> new Journey.Exam(e.scheduledOn(), e.takenOn(), e.passed()))
            .toList(),
        fingerprintsOn,
        applicationSubmittedOn,
        licenseIssuedOn == null
            ? null
            : new Journey.License(
                licenseNumber,
                lines(licenseLines),
                licenseIssuedOn,
                licenseExpiresOn,
                licenseVerified),
        appointments.stream()
            .map(a -> new Journey.Appointment(a.carrier(), a.appointedOn(), a.terminatedOn()))
            .toList());
  }

  @Override
  public String auditId() {
    return state + " for new hire " + licensee.newHire().id();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("requiredLines", requiredLines);
    s.put("prelicensingDoneOn", text(prelicensingDoneOn));
    s.put("exams", exams.size());
    s.put("passed", exams.stream().anyMatch(e -> Boolean.TRUE.equals(e.passed())));
    s.put("fingerprintsOn", text(fingerprintsOn));
    s.put("applicationSubmittedOn", text(applicationSubmittedOn));
    s.put("licenseNumber", licenseNumber);
    s.put("licenseLines", licenseLines);
    s.put("licenseIssuedOn", text(licenseIssuedOn));
    s.put("licenseExpiresOn", text(licenseExpiresOn));
    s.put("licenseVerified", licenseVerified);
    s.put(
        "appointments",
        appointments.stream()
            .map(a -> a.carrier() + (a.terminatedOn() == null ? "" : " (ended)"))
            .toList()
            .toString());
    return s;
  }

  private static String text(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static void notFuture(String field, LocalDate day, LocalDate today) {
    if (day != null && day.isAfter(today)) {
      throw new InvalidInput(field, "must not be in the future");
    }
  }

  public static String join(Set<LineOfAuthority> lines) {
    return lines.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  public static Set<LineOfAuthority> lines(String joined) {
    Set<LineOfAuthority> set = EnumSet.noneOf(LineOfAuthority.class);
    if (joined != null && !joined.isBlank()) {
      Arrays.stream(joined.split(",")).map(LineOfAuthority::valueOf).forEach(set::add);
    }
    return set;
  }

  public Long id() {
    return id;
  }

  public Licensee licensee() {
    return licensee;
  }

  public String state() {
    return state;
  }

  public Set<LineOfAuthority> requiredLines() {
    return lines(requiredLines);
  }

  public LocalDate startedOn() {
    return startedOn;
  }

  public String prelicensingProvider() {
    return prelicensingProvider;
  }

  public Integer prelicensingHoursDone() {
    return prelicensingHoursDone;
  }

  public LocalDate prelicensingDoneOn() {
    return prelicensingDoneOn;
  }

  public LocalDate fingerprintsOn() {
    return fingerprintsOn;
  }

  public LocalDate applicationSubmittedOn() {
    return applicationSubmittedOn;
  }

  public String applicationTracking() {
    return applicationTracking;
  }

  public String licenseNumber() {
    return licenseNumber;
  }

  public Set<LineOfAuthority> licenseLines() {
    return lines(licenseLines);
  }

  public LocalDate licenseIssuedOn() {
    return licenseIssuedOn;
  }

  public LocalDate licenseExpiresOn() {
    return licenseExpiresOn;
  }

  public boolean licenseVerified() {
    return licenseVerified;
  }

  public List<ExamAttempt> exams() {
    return List.copyOf(exams);
  }

  public List<CarrierAppointment> appointments() {
    return List.copyOf(appointments);
  }

  public long version() {
    return version;
  }
}
