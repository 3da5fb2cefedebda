package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkillTaxonomyTest {

  private static List<String> skillsIn(SkillTaxonomy taxonomy, String text) {
    return taxonomy.find(ResumeText.of(text).lines()).stream().map(Found::value).toList();
  }

  @Test
  void reportsCanonicalNamesOnceInOrderOfAppearance() {
    assertThat(
            skillsIn(
                new SkillTaxonomy(),
                "Dialed on inContact and CXone; quoted in EZ Lynx? no, EZLynx; SFDC, Salesforce"))
        .containsExactly("NICE CXone", "EZLynx", "Salesforce");
  }

  @Test
  void prefersTheLongestNameSoAProductIsNotAlsoItsVendor() {
    assertThat(
            skillsIn(
                new SkillTaxonomy(), "Guidewire PolicyCenter and ClaimCenter; Vertafore AMS360"))
        .containsExactly("Guidewire PolicyCenter", "Guidewire ClaimCenter", "Vertafore AMS360");
  }

  @Test
  void matchesWholeWordsAndRespectsCaseExactSpellings() {
    assertThat(
            skillsIn(
                new SkillTaxonomy(), "I excel at nice conversations with my teams; Five9ers club"))
        .isEmpty();
    assertThat(skillsIn(new SkillTaxonomy(), "Excel, NICE, Teams"))
        .containsExactly("Microsoft Excel", "NICE CXone", "Microsoft Teams");
  }

  @Test
  void administratorsCanAddTermsAndSpellings() {
    SkillTaxonomy taxonomy =
        new SkillTaxonomy(
            List.of(TermDefinition.parse("Acme Quote Desk|AQD"), TermDefinition.parse("Five9|F9")));
    assertThat(skillsIn(taxonomy, "Rated in AQD, dialed on F9"))
        .containsExactly("Acme Quote Desk", "Five9");
    assertThat(taxonomy.terms())
        .extracting(TermDefinition::name)
        .contains("Acme Quote Desk", "Genesys Cloud", "Duck Creek");
  }
}
