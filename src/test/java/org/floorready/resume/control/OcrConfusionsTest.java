package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrConfusionsTest {

  @Test
  void aBracketEndingAWordIsTheLetterLUnlessTheLineHasBrackets() {
    assertThat(OcrConfusions.repair("Marcus Whitfield\nE] Paso, TX\nSkills [Five9], Avaya]"))
        .isEqualTo("Marcus Whitfield\nEl Paso, TX\nSkills [Five9], Avaya]");
    assertThat(OcrConfusions.repair("Carro], IA\n[1] ref")).isEqualTo("Carrol, IA\n[1] ref");
  }
}
