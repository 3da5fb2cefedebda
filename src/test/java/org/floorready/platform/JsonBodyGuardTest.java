package org.floorready.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyGuardTest {

  private static void check(String json) {
    JsonBodyGuard.check(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ordinaryBodiesPass() {
    assertThatCode(
            () ->
                check(
                    "{\"name\":\"Ana [x] {y}\",\"list\":[[1],[2,{\"a\":\"\\\\u0000 is text\"}]]}"))
        .doesNotThrowAnyException();
  }

  @Test
  void deepNestingAndNulCharactersAreRefused() {
    assertThatThrownBy(() -> check("[".repeat(100_000) + "]".repeat(100_000)))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> check("{\"q\":\"a\\u0000b\"}")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> check("{\"q\":\"a\0b\"}")).isInstanceOf(InvalidInput.class);
  }
}
