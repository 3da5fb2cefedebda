package org.floorready.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartFormTest {
  private static String asTheReaderDecodesIt(String sent) {
    return new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @Test
  void fileNamesSentAsUtf8AreReadBackAsSent() {
    assertThat(MultipartForm.asSent(asTheReaderDecodesIt("Zoë Ångström résumé.pdf")))
        .isEqualTo("Zoë Ångström résumé.pdf");
    assertThat(MultipartForm.asSent(asTheReaderDecodesIt("履歴書.docx"))).isEqualTo("履歴書.docx");
    assertThat(MultipartForm.asSent("plain resume.pdf")).isEqualTo("plain resume.pdf");
    // a name that really was Latin-1 is not valid UTF-8 and stays as it came
    assertThat(MultipartForm.asSent("Zoë.pdf")).isEqualTo("Zoë.pdf");
  }
}
