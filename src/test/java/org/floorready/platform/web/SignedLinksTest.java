package org.floorready.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.floorready.platform.database.SharedKeys;
import org.junit.jupiter.api.Test;

/** Signed links open on any node that shares the key, for their purpose only, until they expire. */
class SignedLinksTest {
  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  /** The key store of a node: a current key and, after a rotation, the previous one. */
  private static SignedLinks node(byte current, Byte previous) {
    SignedLinks links = new SignedLinks();
    links.keys =
        new SharedKeys() {
          @Override
          public byte[] key(String name) {
            return filled(current);
          }

          @Override
          public Optional<byte[]> previous(String name) {
            return Optional.ofNullable(previous).map(SignedLinksTest::filled);
          }
        };
    return links;
  }

  private static byte[] filled(byte value) {
    byte[] key = new byte[SharedKeys.BYTES];
    Arrays.fill(key, value);
    return key;
  }

  @Test
  void aLinkSignedOnOneNodeOpensOnAnotherForItsPurposeUntilItExpires() {
    String token =
        node((byte) 1, null).sign("interview-booking", "42", NOW.plus(Duration.ofDays(3)));
    SignedLinks other = node((byte) 1, null);

    assertThat(other.verify("interview-booking", token, NOW)).contains("42");
    assertThat(other.verify("offer-answer", token, NOW)).as("another purpose").isEmpty();
    assertThat(other.verify("interview-booking", token, NOW.plus(Duration.ofDays(3))))
        .as("expired")
        .isEmpty();
    assertThat(other.verify("interview-booking", token.replaceFirst("^42", "43"), NOW))
        .as("another subject")
        .isEmpty();
    String[] parts = token.split("\\.");
    assertThat(
            other.verify(
                "interview-booking",
                parts[0] + "." + (Long.parseLong(parts[1]) + 86400) + "." + parts[2],
                NOW))
        .as("a later expiry")
        .isEmpty();
    assertThat(node((byte) 2, null).verify("interview-booking", token, NOW))
        .as("a node with another key")
        .isEmpty();
  }

  @Test
  void afterARotationLinksSignedWithThePreviousKeyStillOpen() {
    String old = node((byte) 1, null).sign("offer-answer", "7", NOW.plus(Duration.ofDays(1)));
    SignedLinks rotated = node((byte) 2, (byte) 1);
    assertThat(rotated.verify("offer-answer", old, NOW)).contains("7");
    String fresh = rotated.sign("offer-answer", "7", NOW.plus(Duration.ofDays(1)));
    assertThat(fresh).isNotEqualTo(old);
    assertThat(rotated.verify("offer-answer", fresh, NOW)).contains("7");
    assertThat(node((byte) 1, null).verify("offer-answer", fresh, NOW))
        .as("a node not yet given the new key")
        .isEmpty();
  }

  @Test
  void malformedTokensAreRefused() {
    SignedLinks links = node((byte) 1, null);
    for (String token :
        new String[] {null, "", "42", "42.x.y", "42.1.", "..", "42.99999999999999999.abc"}) {
      assertThat(links.verify("offer-answer", token, NOW)).as(String.valueOf(token)).isEmpty();
    }
  }
}
