package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.floorready.resume.entity.FieldConfidence;
import org.floorready.resume.entity.ResumeProfile;
import org.junit.jupiter.api.Test;

/** The parser says which of its values to check, and why. */
class ConfidenceRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private static ResumeProfile read(String text) {
    return new ResumeProfileExtractor().extract("text/plain", text, TODAY);
  }

  @Test
  void aClearResumeIsTrustedFieldByField() {
    ResumeProfile profile =
        read(
            """
            Dana M. Whitlock
            Tulsa, OK 74103 | (918) 555-0142 | dana.whitlock@example.com

            Licenses
            Oklahoma Property & Casualty license, active. NPN: 18234455

            Experience
            Inbound Sales Agent, Prairie Mutual, Tulsa, OK, Mar 2021 – Present
            """);
    assertThat(profile.confidence())
        .extractingByKeys(
            "name", "email", "phone", "city", "region", "npn", "licensedStates", "experienceMonths")
        .allSatisfy(c -> assertThat(c.level()).isEqualTo(FieldConfidence.HIGH));
  }

  @Test
  void doubtfulValuesAreLowWithTheReason() {
    ResumeProfile profile =
        read(
            """
            Dana Whitlock
            dana.whitlock@example.com, dana.w@example.net

            Experience
            Inbound Sales Agent, Prairie Mutual, Tulsa, OK, 2019 – 2021
            Licensed P&C agent in Oklahoma (expired 2022). 18234455
            """);
    assertThat(profile.confidence().get("city").level()).isEqualTo(FieldConfidence.LOW);
    assertThat(profile.confidence().get("city").reason()).contains("employer's town");
    assertThat(profile.confidence().get("email").reason()).isEqualTo("the first of 2 addresses");
    // 2019 – 2021: 36 months from January to December, at least December 2019 to January 2021
    assertThat(profile.experienceMonths()).isEqualTo(36);
    assertThat(profile.confidence().get("experienceMonths").reason())
        .contains("years only")
        .contains("at least 14 months");
    assertThat(profile.confidence().get("licensedStates").level()).isEqualTo(FieldConfidence.LOW);
  }

  @Test
  void noWorkHistoryIsSaid() {
    assertThat(read("Dana Whitlock\ndana@example.com\n").confidence().get("experienceMonths"))
        .isEqualTo(FieldConfidence.low("no dated work history found"));
  }

  @Test
  void theContactCenterFigureSaysWhichJobsItCountedAndMilitaryServiceIsWork() {
    ResumeProfile profile =
        read(
            """
            Dana Whitlock
            Tulsa, OK | dana.whitlock@example.com

            Experience
            Inbound Sales Agent, Prairie Mutual, Tulsa, OK, Mar 2021 – Present
            Barista, Corner Coffee, Tulsa, OK, Jan 2019 – Feb 2021

            Military Service
            Logistics Specialist, United States Army, Fort Sill, OK, Jan 2015 – Dec 2018
            """);
    assertThat(profile.confidence().get("contactCenterMonths").reason())
        .isEqualTo("counted as contact-center work: Inbound Sales Agent at Prairie Mutual");
    assertThat(profile.workHistory()).extracting(w -> w.employer()).contains("United States Army");
  }
}
