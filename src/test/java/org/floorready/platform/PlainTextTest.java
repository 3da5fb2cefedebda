package org.floorready.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void controlAndBidiCharactersGoAndBlanksCollapse() {
    assertThat(PlainText.clean("  Ana\u0000 \u202Egnp.exe\u202C  Lopez\n\t"))
        .isEqualTo("Ana gnp.exe Lopez");
    assertThat(PlainText.clean("Zoë\u2066 D’Souza\u2069")).isEqualTo("Zoë D’Souza");
    assertThat(PlainText.clean(null)).isNull();
  }
}
