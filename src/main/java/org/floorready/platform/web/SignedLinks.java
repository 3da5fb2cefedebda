package org.floorready.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.floorready.platform.database.SharedKeys;

/**
 * Tokens for links a person opens without signing in (booking their own interview, answering an
 * offer): {@code subject.expiry.signature}, an HMAC-SHA256 over purpose, subject and expiry with
 * the {@code link-signing} key every node shares ({@link SharedKeys}), so a link made by one node
 * opens on any other, and one made for one purpose is refused for another. A link signed with the
 * previous key (after a rotation) is accepted until it expires.
 */
@ApplicationScoped
public class SignedLinks {
  static final String KEY = "link-signing";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  @Inject SharedKeys keys;

  /**
   * The keys, fetched once: {@link SharedKeys} suspends the caller's transaction on every call, and
   * links are signed and checked inside transactions.
   */
  private volatile byte[] current;

  private volatile Optional<byte[]> previous;

  /**
   * A token for {@code subject} (letters, digits, dashes, underscores) valid until {@code expires}.
   */
  public String sign(String purpose, String subject, Instant expires) {
    if (!subject.matches("[A-Za-z0-9_-]{1,200}")) {
      throw new IllegalArgumentException("not a link subject: " + subject);
    }
    long expiry = expires.getEpochSecond();
    return subject + "." + expiry + "." + signature(current(), purpose, subject, expiry);
  }

  /** The subject of a token made for {@code purpose} that has not expired at {@code now}. */
  public Optional<String> verify(String purpose, String token, Instant now) {
    if (token == null) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || !parts[1].matches("[0-9]{1,12}")) {
      return Optional.empty();
    }
    long expiry = Long.parseLong(parts[1]);
    if (!now.isBefore(Instant.ofEpochSecond(expiry))) {
      return Optional.empty();
    }
    byte[] given = parts[2].getBytes(StandardCharsets.US_ASCII);
    boolean valid =
        matches(given, current(), purpose, parts[0], expiry)
            || previous().map(old -> matches(given, old, purpose, parts[0], expiry)).orElse(false);
    return valid ? Optional.of(parts[0]) : Optional.empty();
  }

  private byte[] current() {
    byte[] known = current;
    if (known == null) {
      known = keys.key(KEY);
      current = known;
    }
    return known;
  }

  private Optional<byte[]> previous() {
    Optional<byte[]> known = previous;
    if (known == null) {
      known = keys.previous(KEY);
      previous = known;
    }
    return known;
  }

  private static boolean matches(
      byte[] given, byte[] key, String purpose, String subject, long expiry) {
    byte[] expected = signature(key, purpose, subject, expiry).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(given, expected);
  }

  private static String signature(byte[] key, String purpose, String subject, long expiry) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] signed =
          mac.doFinal((purpose + "\n" + subject + "\n" + expiry).getBytes(StandardCharsets.UTF_8));
      return ENCODER.encodeToString(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
