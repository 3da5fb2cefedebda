package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameExtractorTest {

  private static Optional<String> nameOf(String text) {
    ResumeText resume = ResumeText.of(text);
    return NameExtractor.extract(resume, new ContactExtractor().emails(resume)).map(Found::value);
  }

  @Test
  void putsShoutedNamesInNormalCaseKeepingParticlesAndSuffixes() {
    assertThat(nameOf("MARÍA JOSÉ DE LA CRUZ\nAustin, TX")).contains("María José de la Cruz");
    assertThat(nameOf("SEAN P. O'BRIEN III\nBoston, MA")).contains("Sean P. O'Brien III");
    assertThat(nameOf("TREVOR MCALLISTER JR.\nReno, NV")).contains("Trevor McAllister Jr.");
    assertThat(nameOf("PRIYA D'SILVA-NAIR")).contains("Priya D'Silva-Nair");
  }

  @Test
  void keepsMixedCaseNamesAsWritten() {
    assertThat(nameOf("Lakisha DeShawn MacKenzie\nDover, DE"))
        .contains("Lakisha DeShawn MacKenzie");
    assertThat(nameOf("Ngozi van der Berg")).contains("Ngozi van der Berg");
  }

  @Test
  void dropsCredentialsAfterTheName() {
    assertThat(nameOf("Harold B. Quist, CPCU, AINS\nFargo, ND")).contains("Harold B. Quist");
    assertThat(nameOf("Dana Whitcomb CISR")).contains("Dana Whitcomb");
  }

  @Test
  void skipsTitlesAndHeadingsAndSeparatesTheNameFromATagline() {
    assertThat(
            nameOf("RÉSUMÉ\nLicensed Insurance Sales Agent\nOwen Takahashi | Licensed P&C Agent"))
        .contains("Owen Takahashi");
  }

  @Test
  void findsTheNameNextToAContactBlockAtTheEnd() {
    String text =
        """
                Licensed Property & Casualty Agent
                Summary
                Eight years of inbound sales.
                Experience
                Sales Agent, Prairie Mutual, Topeka, KS
                2018 - Present
                References available on request.
                Beatriz Olumide
                Topeka, KS 66604 · 785-555-0166 · b.olumide@example.com
                """;
    assertThat(nameOf(text)).contains("Beatriz Olumide");
  }

  @Test
  void separatesANameThatTextExtractionRanIntoTheNextParagraph() {
    assertThat(nameOf("Gwendolyn R. FairbanksLicensed agent since 2015\nSpokane, WA"))
        .contains("Gwendolyn R. Fairbanks");
    assertThat(nameOf("Marcus OkaforSpokane, Washington 99201")).contains("Marcus Okafor");
  }

  @Test
  void aNicknameInQuotesOrParenthesesIsKeptApart() {
    for (String line :
        List.of(
            "Katherine \"Kate\" Lin", "Katherine (Kate) Lin", "Resume of Katherine “Kate” Lin")) {
      ResumeText text = ResumeText.of(line + "\nkate.lin@example.com\n", "text/plain");
      assertThat(NameExtractor.extract(text, List.of()).map(Found::value))
          .as(line)
          .contains("Katherine Lin");
      assertThat(NameExtractor.nickname(line)).as(line).contains("Kate");
    }
    assertThat(NameExtractor.nickname("Courtney J. Halvorsen")).isEmpty();
  }

  @Test
  void aPhoneNumberOnTheNextLineIsNotPartOfTheName() {
    ResumeText text =
        ResumeText.of("Resume\n\nZoë Okafor\n(912) 555-0117\nzoe@example.org\n", "text/plain");
    assertThat(NameExtractor.extract(text, List.of()).map(Found::value)).contains("Zoë Okafor");
  }
}
