package org.floorready.licensing.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.floorready.licensing.control.Journey;
import org.floorready.licensing.entity.Certification;
import org.floorready.licensing.entity.EarnedCertification;
import org.floorready.licensing.entity.Licensee;
import org.floorready.licensing.entity.LineOfAuthority;
import org.floorready.licensing.entity.StateLicense;

/** A person's licensing page: identity, each state's steps and clearance, certifications. */
public record LicensingView(
    long newHireId,
    String name,
    long classId,
    String className,
    LocalDate hiredOn,
    String npn,
    String residentState,
    String agentId,
    String claimedNpn,
    List<String> claimedStates,
    List<String> carriers,
    List<StateView> states,
    List<CertificationView> certifications,
    List<EvidenceFiles.EvidenceView> evidence,
    Long daysToFirstLicense,
    Long daysToFirstClearance,
    org.floorready.licensing.control.Deadline deadline,
    boolean canChange,
    long version) {

  /** An exam sitting. */
  public record ExamView(
      String vendor, LocalDate scheduledOn, LocalDate takenOn, Boolean passed, Integer score) {}

  /** An appointment with a carrier. */
  public record AppointmentView(String carrier, LocalDate appointedOn, LocalDate terminatedOn) {}

  /** One state: the road, the license, the clearance. */
  public record StateView(
      String state,
      boolean resident,
      List<String> requiredLines,
      Integer prelicensingHoursRequired,
      String prelicensingProvider,
      Integer prelicensingHoursDone,
      LocalDate prelicensingDoneOn,
      List<ExamView> exams,
      LocalDate fingerprintsOn,
      LocalDate applicationSubmittedOn,
      String applicationTracking,
      String licenseNumber,
      List<String> licenseLines,
      LocalDate licenseIssuedOn,
      LocalDate licenseExpiresOn,
      boolean licenseVerified,
      List<AppointmentView> appointments,
      List<Journey.LicensingStep> steps,
      String nextStep,
      String waitingOn,
      LocalDate waitingSince,
      boolean cleared,
      String color,
      List<String> missing,
      LocalDate clearedSince) {

    static StateView of(StateLicense l, Journey.Outcome o, LicensingData.Reference reference) {
      LocalDate since = null;
      if (o.cleared()) {
        since =
            Stream.concat(
                    Stream.of(l.licenseIssuedOn()),
                    l.appointments().stream().map(a -> a.appointedOn()))
                .filter(d -> d != null)
                .max(LocalDate::compareTo)
                .orElse(null);
      }
      return new StateView(
          l.state(),
          l.resident(),
          l.requiredLines().stream().map(LineOfAuthority::label).toList(),
          reference.requirement(l.road()).prelicensingHours(),
          l.prelicensingProvider(),
          l.prelicensingHoursDone(),
          l.prelicensingDoneOn(),
          l.exams().stream()
              .map(
                  e ->
                      new ExamView(e.vendor(), e.scheduledOn(), e.takenOn(), e.passed(), e.score()))
              .toList(),
          l.fingerprintsOn(),
          l.applicationSubmittedOn(),
          l.applicationTracking(),
          l.licenseNumber(),
          l.licenseLines().stream().map(LineOfAuthority::label).toList(),
          l.licenseIssuedOn(),
          l.licenseExpiresOn(),
          l.licenseVerified(),
          l.appointments().stream()
              .map(a -> new AppointmentView(a.carrier(), a.appointedOn(), a.terminatedOn()))
              .toList(),
          o.steps(),
          o.next() == null ? null : o.next().label(),
          o.waitingOn() == null ? null : o.waitingOn().name(),
          o.waitingSince(),
          o.cleared(),
          o.color().name(),
          o.missing(),
          since);
    }
  }

  /** A certification of the catalog and where the person stands with it. */
  public record CertificationView(
      long id,
      String name,
      String kind,
      List<String> states,
      LocalDate earnedOn,
      LocalDate expiresOn) {
    static List<CertificationView> of(List<Certification> catalog, Licensee who) {
      return catalog.stream()
          .filter(Certification::active)
          .map(
              c -> {
                EarnedCertification e = who.certification(c.id()).orElse(null);
                return new CertificationView(
                    c.id(),
                    c.name(),
                    c.kind().name(),
                    c.states().stream().sorted().toList(),
                    e == null ? null : e.earnedOn(),
                    e == null ? null : e.expiresOn());
              })
          .toList();
    }
  }
}
