package org.floorready.candidate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResumeDocumentNameTest {

  @Test
  void anOverlongNameIsShortenedButKeepsItsExtension() {
    String name = "x".repeat(400) + ".pdf";
    String kept = ResumeDocument.shortened(name);
    assertThat(kept).hasSize(ResumeDocument.MAX_FILE_NAME).startsWith("xxx").endsWith("….pdf");
    assertThat(ResumeDocument.shortened("cv.docx")).isEqualTo("cv.docx");
    assertThat(ResumeDocument.shortened(" ")).isEqualTo("resume");
    assertThat(ResumeDocument.shortened("y".repeat(300)))
        .hasSize(ResumeDocument.MAX_FILE_NAME)
        .endsWith("…");
  }
}
