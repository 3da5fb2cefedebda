package org.floorready.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.floorready.licensing.control.Journey;
import org.floorready.licensing.control.Journey.Appointment;
import org.floorready.licensing.control.Journey.Certification;
import org.floorready.licensing.control.Journey.Color;
import org.floorready.licensing.control.Journey.Exam;
import org.floorready.licensing.control.Journey.Facts;
import org.floorready.licensing.control.Journey.License;
import org.floorready.licensing.control.Journey.Requirement;
import org.floorready.licensing.control.Journey.Step;
import org.floorready.licensing.control.Journey.StepState;
import org.floorready.licensing.control.Journey.WaitingOn;
import org.floorready.licensing.entity.LineOfAuthority;
import org.junit.jupiter.api.Test;

class JourneyRulesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  static final Set<LineOfAuthority> PC =
      EnumSet.of(LineOfAuthority.PROPERTY, LineOfAuthority.CASUALTY);
  static final Requirement TX = new Requirement(0, true, false, true);

  static Facts facts(
      boolean resident,
      Requirement requirement,
      List<Exam> exams,
      License license,
      List<Appointment> appointments,
      List<Certification> certifications,
      LocalDate residentIssued) {
    return new Facts(
        new Journey.Road(
            resident ? "TX" : "FL",
            PC,
            TODAY.minusDays(40),
            null,
            exams,
            null,
            null,
            license,
            appointments),
        resident,
        requirement,
        List.of("Harbor Mutual"),
        certifications,
        "TX",
        residentIssued);
  }

  static License pc(LocalDate expires) {
    return new License("TX-1", PC, TODAY.minusDays(10), expires, true);
  }

  static final List<Appointment> APPOINTED =
      List.of(new Appointment("Harbor Mutual", TODAY.minusDays(5), null));
  static final List<Certification> TCPA =
      List.of(new Certification("TCPA", TODAY.minusDays(20), TODAY.plusDays(300)));

  @Test
  void aLicenseWithItsLinesAnAppointmentAndCurrentCertificationsClears() {
    var outcome =
        Journey.evaluate(
            facts(true, TX, List.of(), pc(TODAY.plusYears(2)), APPOINTED, TCPA, null), TODAY);
    assertThat(outcome.cleared()).isTrue();
    assertThat(outcome.color()).isEqualTo(Color.GREEN);
    assertThat(outcome.missing()).isEmpty();
    assertThat(outcome.next()).isNull();
  }

  @Test
  void aLapsedLicenseAMissingAppointmentAndAnExpiredCertificationAreEachNamed() {
    var outcome =
        Journey.evaluate(
            facts(
                true,
                TX,
                List.of(),
                pc(TODAY.minusDays(1)),
                List.of(new Appointment("Harbor Mutual", TODAY.minusDays(90), TODAY.minusDays(2))),
                List.of(new Certification("TCPA", TODAY.minusDays(400), LocalDate.of(2026, 10, 1))),
                null),
            TODAY);
    assertThat(outcome.cleared()).isFalse();
    assertThat(outcome.color()).isEqualTo(Color.RED);
    assertThat(outcome.missing())
        .containsExactly(
            "TX license expired " + TODAY.minusDays(1),
            "appointment with Harbor Mutual missing",
            "TCPA certification expired 2026-10-01");
    assertThat(outcome.next()).isEqualTo(Step.APPOINTMENTS);
    assertThat(outcome.waitingOn()).isEqualTo(WaitingOn.CARRIER);
  }

  @Test
  void aLicenseWithoutARequiredLineOrAMissingCertificationDoesNotClear() {
    License personalOnly =
        new License("TX-2", EnumSet.of(LineOfAuthority.PERSONAL_LINES), TODAY, null, true);
    var outcome =
        Journey.evaluate(
            facts(
                true,
                TX,
                List.of(),
                personalOnly,
                APPOINTED,
                List.of(new Certification("Privacy", null, null)),
                null),
            TODAY);
    assertThat(outcome.missing())
        .containsExactly(
            "TX license lacks Property",
            "TX license lacks Casualty",
            "Privacy certification missing");
  }

  @Test
  void somethingExpiringWithinThirtyDaysShowsAmber() {
    var outcome =
        Journey.evaluate(
            facts(
                true,
                TX,
                List.of(),
                pc(TODAY.plusYears(1)),
                APPOINTED,
                List.of(new Certification("TCPA", TODAY.minusDays(300), TODAY.plusDays(30))),
                null),
            TODAY);
    assertThat(outcome.cleared()).isTrue();
    assertThat(outcome.color()).isEqualTo(Color.AMBER);
  }

  @Test
  void aNonResidentWaitsForTheResidentLicenseAndSkipsAWaivedExam() {
    Requirement waived = new Requirement(200, true, false, true);
    var blocked =
        Journey.evaluate(facts(false, waived, List.of(), null, List.of(), List.of(), null), TODAY);
    assertThat(blocked.steps())
        .extracting(Journey.LicensingStep::state)
        .containsExactly(
            StepState.NOT_NEEDED, // no pre-licensing for a non-resident
            StepState.NOT_NEEDED, // exam waived
            StepState.OPEN,
            StepState.BLOCKED,
            StepState.OPEN,
            StepState.OPEN);
    assertThat(blocked.next()).isEqualTo(Step.FINGERPRINTS);

    Requirement examined = new Requirement(200, false, true, true);
    var open =
        Journey.evaluate(
            facts(false, examined, List.of(), null, List.of(), List.of(), TODAY.minusDays(3)),
            TODAY);
    assertThat(open.steps().get(1).state()).isEqualTo(StepState.OPEN);
    assertThat(open.steps().get(3).state()).isEqualTo(StepState.OPEN);
    assertThat(open.next()).isEqualTo(Step.EXAM);
    assertThat(open.waitingOn()).isEqualTo(WaitingOn.TRAINER);
  }

  @Test
  void unknownRequirementsCountAsNeededAndAScheduledExamWaitsOnTheCandidate() {
    var outcome =
        Journey.evaluate(
            facts(
                true,
                Requirement.UNKNOWN,
                List.of(
                    new Exam(TODAY.minusDays(20), TODAY.minusDays(20), false),
                    new Exam(TODAY.plusDays(3), null, null)),
                null,
                List.of(),
                List.of(),
                null),
            TODAY);
    assertThat(outcome.steps().get(0).note()).contains("unknown");
    assertThat(outcome.steps().get(0).state()).isEqualTo(StepState.OPEN);
    assertThat(outcome.steps().get(1).note()).isEqualTo("scheduled " + TODAY.plusDays(3));
    assertThat(outcome.missing())
        .containsExactly("TX license not issued yet", "appointment with Harbor Mutual missing");
  }

  @Test
  void aPassedExamMovesTheNextStepOnAndTheWaitStartsThen() {
    LocalDate passed = TODAY.minusDays(2);
    Facts f =
        new Facts(
            new Journey.Road(
                "TX",
                PC,
                TODAY.minusDays(40),
                TODAY.minusDays(30),
                List.of(new Exam(passed, passed, true)),
                null,
                null,
                null,
                List.of()),
            true,
            TX,
            List.of(),
            List.of(),
            "TX",
            null);
    var outcome = Journey.evaluate(f, TODAY);
    assertThat(outcome.next()).isEqualTo(Step.FINGERPRINTS);
    assertThat(outcome.waitingOn()).isEqualTo(WaitingOn.CANDIDATE);
    assertThat(outcome.waitingSince()).isEqualTo(passed);
  }

  @Test
  void aCertificationIsNeededWhereItsStatesAndTeamsSayUntilItIsRetired() {
    var windstorm =
        new org.floorready.licensing.entity.Certification(
            "Windstorm",
            org.floorready.licensing.entity.Certification.Kind.PRODUCT,
            24,
            Set.of("FL"),
            Set.of(2L));
    assertThat(windstorm.requiredFor("FL", 2L)).isTrue();
    assertThat(windstorm.requiredFor("TX", 2L)).isFalse();
    assertThat(windstorm.requiredFor("FL", 3L)).isFalse();
    assertThat(windstorm.requiredFor("FL", null)).isFalse();
    var tcpa =
        new org.floorready.licensing.entity.Certification(
            "TCPA",
            org.floorready.licensing.entity.Certification.Kind.COMPLIANCE,
            12,
            Set.of(),
            Set.of());
    assertThat(tcpa.requiredFor("OH", null)).isTrue();
    assertThat(tcpa.requiredFor("CA", 7L)).isTrue();
    tcpa.define("TCPA", tcpa.kind(), 12, Set.of(), Set.of(), false);
    assertThat(tcpa.requiredFor("CA", 7L)).isFalse();
    assertThat(tcpa.expiryFor(TODAY)).isEqualTo(TODAY.plusMonths(12));
  }
}
