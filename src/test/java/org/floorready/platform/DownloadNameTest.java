package org.floorready.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.floorready.platform.web.DownloadName;
import org.junit.jupiter.api.Test;

class DownloadNameTest {

  @Test
  void nonAsciiNamesSurviveAsFilenameStarAndHeadersCannotBeBroken() {
    assertThat(DownloadName.attachment("Zoë Núñez – CV.pdf"))
        .isEqualTo(
            "attachment; filename=\"Zo_ N__ez _ CV.pdf\"; filename*=UTF-8''Zo%C3%AB%20N%C3%BA%C3%B1ez%20%E2%80%93%20CV.pdf");
    assertThat(DownloadName.attachment("a\"b;\r\nSet-Cookie: x.pdf"))
        .doesNotContain("\r")
        .doesNotContain("\n")
        .startsWith("attachment; filename=\"a_b_");
  }
}
