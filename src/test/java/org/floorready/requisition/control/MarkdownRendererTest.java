package org.floorready.requisition.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[apply](javascript:alert(1))",
        "[apply](JaVaScRiPt:alert(1))",
        "[apply](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![logo](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
        "[apply](vbscript:msgbox(1))",
        "<a href=\"javascript:alert(1)\">apply</a>"
      })
  void noScriptOrDataAddressSurvives(String markdown) {
    String html = MarkdownRenderer.toSafeHtml(markdown).toLowerCase(java.util.Locale.ROOT);
    assertThat(html)
        .doesNotContain("href=\"javascript")
        .doesNotContain("href=\"data")
        .doesNotContain("src=\"data")
        .doesNotContain("href=\"vbscript")
        .doesNotContain("<a href=\"javascript");
  }

  @Test
  void webAndMailLinksStay() {
    assertThat(
            MarkdownRenderer.toSafeHtml(
                "[our site](https://example.com/jobs) or [mail](mailto:jobs@example.com)"))
        .contains("href=\"https://example.com/jobs\"")
        .contains("href=\"mailto:jobs@example.com\"");
  }
}
