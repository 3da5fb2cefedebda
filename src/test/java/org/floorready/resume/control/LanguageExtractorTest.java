package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageExtractorTest {

  private final LanguageExtractor languages = new LanguageExtractor();

  private List<String> languagesIn(String text) {
    return languages.extract(ResumeText.of(text)).stream().map(Found::value).toList();
  }

  @Test
  void namesLanguagesInEnglishWhateverTheResumeCallsThem() {
    assertThat(
            languagesIn(
                "Languages\nEspañol (nativo) · Français · Kreyòl · Deutsch · Português · 中文 · Tiếng Việt · English"))
        .containsExactly(
            "Spanish",
            "French",
            "Haitian Creole",
            "German",
            "Portuguese",
            "Mandarin",
            "Vietnamese",
            "English");
  }

  @Test
  void countsOneLanguageOnceEvenUnderTwoNames() {
    assertThat(languagesIn("Languages\nFilipino / Tagalog (native), Cebuano (conversational)"))
        .containsExactly("Tagalog", "Cebuano");
  }

  @Test
  void readsALanguagesLabelInsideAnotherSection() {
    assertThat(languagesIn("Skills\nFive9, Excel\nLanguages: Amharic, Tigrinya"))
        .containsExactly("Amharic", "Tigrinya");
  }

  @Test
  void withoutALanguageListReadsBilingualClaimsAtTheTop() {
    assertThat(
            languagesIn(
                "Tran Minh Chau\nBilingual (Vietnamese/English) inbound agent\nExperience\nSold Polish pottery"))
        .containsExactly("Vietnamese", "English");
  }

  @Test
  void ignoresLanguagesMentionedOnlyInWorkHistory() {
    assertThat(languagesIn("Experience\nHandled Spanish-speaking callers\nSkills\nSalesforce"))
        .isEmpty();
  }
}
