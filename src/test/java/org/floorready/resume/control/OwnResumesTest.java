package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.floorready.resume.entity.HeldLicense;
import org.floorready.resume.entity.Location;
import org.floorready.resume.entity.ResumeProfile;
import org.junit.jupiter.api.Test;

/** Layouts the development corpus does not have, written for this test. */
class OwnResumesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private final ResumeProfileExtractor extractor = new ResumeProfileExtractor();

  private ResumeProfile read(String file) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("resumes/" + file)) {
      return extractor.extract(
          "text/plain", new String(in.readAllBytes(), StandardCharsets.UTF_8), TODAY);
    }
  }

  private static List<String> activePropertyCasualtyStates(ResumeProfile profile) {
    return profile.licenses().stream()
        .filter(
            license ->
                license.active()
                    && LinesOfAuthority.includesPropertyCasualty(license.linesOfAuthority()))
        .map(HeldLicense::state)
        .toList();
  }

  @Test
  void pipeSeparatedJobsWithLabelledContactLines() throws IOException {
    ResumeProfile profile = read("pipe-separated-jobs.txt");
    assertThat(profile.name()).isEqualTo("José Luis de la Garza Jr.");
    assertThat(profile.phones()).containsExactly("+12105550148");
    assertThat(profile.location()).isEqualTo(new Location("San Antonio", "TX", "US"));
    assertThat(profile.experienceMonths()).isEqualTo(143);
    assertThat(profile.workHistory().get(0).title()).isEqualTo("Licensed Sales Agent");
    assertThat(profile.workHistory().get(0).employer()).isEqualTo("Alamo Direct Insurance");
    assertThat(activePropertyCasualtyStates(profile)).containsExactly("TX", "NM", "OK");
    assertThat(profile.licenses())
        .filteredOn(license -> license.state().equals("LA"))
        .extracting(HeldLicense::status)
        .containsExactly("lapsed");
    assertThat(profile.npn()).isEqualTo("17730921");
    assertThat(profile.languages()).containsExactly("Spanish", "English");
  }

  @Test
  void datesFirstOnTheLineAndContactBlockLast() throws IOException {
    ResumeProfile profile = read("contact-block-last.txt");
    assertThat(profile.name()).isEqualTo("Priscila Andrade Nkemelu");
    assertThat(profile.emails()).containsExactly("priscila.nkemelu@example.net");
    assertThat(profile.phones()).containsExactly("+17705550139");
    assertThat(profile.location()).isEqualTo(new Location("Marietta", "GA", "US"));
    assertThat(profile.experienceMonths()).isEqualTo(153);
    assertThat(profile.warnings()).anyMatch(warning -> warning.contains("Sabbatical"));
    assertThat(activePropertyCasualtyStates(profile)).containsExactly("GA", "SC");
    assertThat(profile.languages()).containsExactly("Spanish", "Portuguese");
    assertThat(profile.skills()).contains("Convoso", "Applied Epic", "Salesforce");
  }

  @Test
  void tablesFlattenedToCellsAndEmployerAboveTitle() throws IOException {
    ResumeProfile profile = read("flattened-tables.txt");
    assertThat(profile.name()).isEqualTo("Tamsin O'Rourke-Baptiste");
    assertThat(profile.location()).isEqualTo(new Location("Fort Wayne", "IN", "US"));
    assertThat(profile.workHistory())
        .extracting(period -> period.title() + " @ " + period.employer())
        .containsExactly(
            "Licensed Sales Representative @ Harvest Moon Insurance Group",
            "General Manager @ Three Rivers Grill");
    assertThat(profile.experienceMonths()).isEqualTo(175);
    assertThat(profile.contactCenterExperienceMonths()).isEqualTo(52);
    assertThat(activePropertyCasualtyStates(profile)).containsExactly("IN", "OH");
    assertThat(profile.licenses())
        .extracting(HeldLicense::state)
        .containsExactly("IN", "OH", "MI", "IL");
    assertThat(profile.languages()).containsExactly("English", "American Sign Language");
    assertThat(profile.education().get(0).institution()).isEqualTo("Indiana Tech");
  }

  @Test
  void plainTextWithGluedHeadingsSeasonsAndNoLicenseYet() throws IOException {
    ResumeProfile profile = read("glued-headings-plain.txt");
    assertThat(profile.name()).isEqualTo("Dmitri Volkov-Haynes");
    assertThat(profile.phones()).containsExactly("+13075550176", "+13075550100");
    assertThat(profile.location()).isEqualTo(new Location("Cheyenne", "WY", "US"));
    assertThat(profile.experienceMonths()).isEqualTo(155);
    assertThat(profile.contactCenterExperienceMonths()).isEqualTo(87);
    assertThat(profile.licenses()).isEmpty();
    assertThat(profile.npn()).isNull();
    assertThat(profile.languages()).containsExactly("Russian", "English");
    assertThat(profile.education().get(0).year()).isEqualTo(2027);
  }
}
