package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.floorready.resume.entity.Location;
import org.floorready.resume.entity.ResumeProfile;
import org.junit.jupiter.api.Test;

class ResumeProfileExtractorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private final ResumeProfileExtractor extractor = new ResumeProfileExtractor();

  @Test
  void keepsTheLineEachValueCameFrom() {
    ResumeProfile profile =
        extractor.extract(
            "text/plain",
            """
                Odessa Brightwater
                Duluth, MN 55802 | 218-555-0133 | odessa.b@example.com
                Licenses
                Minnesota resident Property & Casualty, License #4410982
                NPN: 30019877
                Experience
                Licensed Sales Agent — North Shore Insurance, Duluth, MN
                Apr 2019 – Present
                """,
            TODAY);
    assertThat(profile.npn()).isEqualTo("30019877");
    assertThat(profile.sources())
        .containsEntry("npn", "NPN: 30019877")
        .containsEntry("licenses[0]", "Minnesota resident Property & Casualty, License #4410982")
        .containsEntry("phones[0]", "Duluth, MN 55802 | 218-555-0133 | odessa.b@example.com")
        .containsEntry(
            "workHistory[0]",
            "Licensed Sales Agent — North Shore Insurance, Duluth, MN\nApr 2019 – Present");
    assertThat(profile.location()).isEqualTo(new Location("Duluth", "MN", "US"));
    assertThat(profile.experienceMonths()).isEqualTo(92);
    assertThat(profile.contactCenterExperienceMonths()).isEqualTo(92);
    assertThat(profile.workHistory().get(0).end()).isNull();
  }

  @Test
  void answersEmptyTextWithEmptyFieldsAndAWarning() {
    ResumeProfile profile = extractor.extract("application/pdf", "", TODAY);
    assertThat(profile.name()).isNull();
    assertThat(profile.emails()).isEmpty();
    assertThat(profile.experienceMonths()).isNull();
    assertThat(profile.warnings()).containsExactly("no text to read");
  }

  /** Generous bounds: these catch runaway backtracking (minutes), not a slow build machine. */
  @Test
  void readsOnlyTheStartOfAHugeTextQuicklyAndSaysSo() {
    String line =
        "Licensed agent, inbound sales, Five9, Salesforce, auto and home quoting. ".repeat(12)
            + "\n";
    String huge = line.repeat(60 * 1024 * 1024 / line.length());
    long started = System.nanoTime();
    ResumeProfile profile = extractor.extract("text/plain", huge, TODAY);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(took).isLessThan(Duration.ofSeconds(5));
    assertThat(profile.textLength()).isEqualTo(huge.length());
    assertThat(profile.warnings()).anyMatch(warning -> warning.contains("only the first 200000"));
    assertThat(profile.skills()).contains("Five9", "Salesforce");
  }

  @Test
  void staysQuickOnTextWithoutLineBreaksOrFullOfNearMisses() {
    String noBreaks = "Aug 2019 – 2 Jan. 19 NPN ###### (555) 555-01 a@b ".repeat(5_000);
    String oneWordLines = "Texas\nLicensed\nCasualty\n2019 -\n".repeat(20_000);
    String oneLongWord = "AbCdEfGhIj,,".repeat(20_000);
    for (String text : new String[] {noBreaks, oneWordLines, oneLongWord}) {
      long started = System.nanoTime();
      extractor.extract("text/plain", text, TODAY);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
  }
}
