package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.floorready.resume.entity.HeldLicense;
import org.junit.jupiter.api.Test;

class LicenseExtractorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private static List<HeldLicense> licensesIn(String text) {
    return LicenseExtractor.extract(ResumeText.of(text), TODAY).stream().map(Found::value).toList();
  }

  @Test
  void readsResidentAndNonResidentLinesWithStateNamesAndCodes() {
    List<HeldLicense> licenses =
        licensesIn(
            """
                Licenses
                Colorado — Resident Insurance Producer, Property & Casualty, License No. 558201
                Non-resident P&C: WY, NE, Utah
                """);
    assertThat(licenses).extracting(HeldLicense::state).containsExactly("CO", "WY", "NE", "UT");
    assertThat(licenses.get(0))
        .isEqualTo(
            new HeldLicense("CO", List.of("Property", "Casualty"), "558201", true, "active"));
    assertThat(licenses.get(2).resident()).isFalse();
    assertThat(licenses.get(2).number()).isNull();
  }

  @Test
  void readsResidencyWrittenAfterEachState() {
    List<HeldLicense> licenses =
        licensesIn("Licensing\nPersonal Lines producer: OH (resident), KY, IN (non-resident)");
    assertThat(licenses)
        .extracting(HeldLicense::state, HeldLicense::resident)
        .containsExactly(tuple("OH", true), tuple("KY", false), tuple("IN", false));
    assertThat(licenses.get(0).linesOfAuthority()).containsExactly("Personal Lines");
  }

  @Test
  void marksLapsedExpiredAndPastExpiryLicensesAsLapsed() {
    List<HeldLicense> licenses =
        licensesIn(
            """
                State Licenses
                Georgia P&C non-resident - expired 2021
                Alabama Property and Casualty, valid through 04/2025
                South Carolina Property & Casualty (resident), exp. 09/2028
                """);
    assertThat(licenses)
        .extracting(HeldLicense::state, HeldLicense::status)
        .containsExactly(tuple("GA", "lapsed"), tuple("AL", "lapsed"), tuple("SC", "active"));
  }

  @Test
  void aLicenseNumberPrefixIsNotAState() {
    List<HeldLicense> licenses =
        licensesIn("Licenses\nIllinois — non-resident Property & Casualty, license PA-7730215");
    assertThat(licenses).extracting(HeldLicense::state).containsExactly("IL");
    assertThat(licenses.get(0).number()).isEqualTo("PA-7730215");
  }

  @Test
  void lifeAndHealthIsALicenseButNotPropertyAndCasualty() {
    HeldLicense license =
        licensesIn("Licenses\nArizona Resident Producer — Life, Accident & Health, #6650912")
            .get(0);
    assertThat(license.linesOfAuthority()).containsExactly("Life", "Health");
    assertThat(LinesOfAuthority.includesPropertyCasualty(license.linesOfAuthority())).isFalse();
  }

  @Test
  void coursesExamsAndPlansAreNotLicensesButAreRecordedWithTheirStatus() {
    List<HeldLicense> licenses =
        licensesIn(
            """
            Licensing
            Ohio Property & Casualty pre-licensing course: finished March 2026
            Ohio P&C exam scheduled for January 2027
            No Property & Casualty license yet
            """);
    assertThat(licenses).noneMatch(HeldLicense::active);
    assertThat(licenses)
        .extracting(HeldLicense::state, HeldLicense::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("OH", HeldLicense.IN_PROGRESS));
    assertThat(licensesIn("Summary\nNot yet licensed for Property & Casualty in Texas.")).isEmpty();
  }

  @Test
  void pendingExpectedAndExpiredLicensesAreNotHeldAndSayWhy() {
    List<HeldLicense> licenses =
        licensesIn(
            """
            Summary
            Texas P&C license, active. Non-resident P&C licenses: IN, OR. New Mexico Property & Casualty license (expired 2021).
            Ohio Property & Casualty license pending — exam passed October 2026.
            Georgia P&C license expected January 2027.
            """);
    assertThat(licenses)
        .extracting(HeldLicense::state, HeldLicense::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("TX", HeldLicense.ACTIVE),
            org.assertj.core.groups.Tuple.tuple("IN", HeldLicense.ACTIVE),
            org.assertj.core.groups.Tuple.tuple("OR", HeldLicense.ACTIVE),
            org.assertj.core.groups.Tuple.tuple("NM", HeldLicense.LAPSED),
            org.assertj.core.groups.Tuple.tuple("OH", HeldLicense.PENDING),
            org.assertj.core.groups.Tuple.tuple("GA", HeldLicense.EXPECTED));
  }

  @Test
  void rebuildsTablesThatTextExtractionFlattenedToOneCellPerLine() {
    List<HeldLicense> licenses =
        licensesIn(
            """
                Licenses
                \tLicense Type
                \tState
                \tLicense #
                \tStatus
                \tResident Property & Casualty
                \tOregon
                \t3309172
                \tActive
                \tNon-resident Personal Lines
                \tWashington
                \tWA-118204
                \tInactive
                """);
    assertThat(licenses)
        .extracting(
            HeldLicense::state, HeldLicense::number, HeldLicense::resident, HeldLicense::status)
        .containsExactly(
            tuple("OR", "3309172", true, "active"), tuple("WA", "WA-118204", false, "lapsed"));
  }

  @Test
  void withoutALicenseSectionReadsLicenseSentences() {
    List<HeldLicense> licenses =
        licensesIn(
            "Summary\nLicensed P&C agent (VA resident; MD, DC non-resident) who loves the phones.");
    assertThat(licenses)
        .extracting(HeldLicense::state, HeldLicense::resident)
        .containsExactly(tuple("VA", true), tuple("MD", false), tuple("DC", false));
  }

  @Test
  void findsTheNpnUnderItsUsualLabels() {
    for (String line :
        List.of(
            "NPN: 7781234",
            "National Producer Number (NPN) — 20011456",
            "NIPR NPN 445566",
            "National Producer No. 1234567890",
            "NPN#99887766")) {
      assertThat(NpnExtractor.extract(ResumeText.of(line))).as(line).isPresent();
    }
    assertThat(NpnExtractor.extract(ResumeText.of("NPN: 12345")).isPresent()).isFalse();
    assertThat(NpnExtractor.extract(ResumeText.of("License No. 19283746")).isPresent()).isFalse();
  }
}
