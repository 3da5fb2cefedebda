package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.floorready.platform.database.SharedKeys;

/**
 * The only link between a voluntary self-identification and the application it came with: a keyed
 * hash (HMAC-SHA-256) of the application id. The key is {@code floorready.keys.eeo-link} from the
 * configuration (set it in production, so that it is not in the database); without it, one
 * generated key shared by the nodes. Nothing reads a person's answers through it: the reporting
 * code hashes the ids of the applications it counts and matches the hashes in aggregate.
 */
@ApplicationScoped
public class EeoLinks {
  static final String KEY = "eeo-link";

  @Inject SharedKeys keys;

  /** Fetched once: {@link SharedKeys} suspends the caller's transaction on every call. */
  private volatile byte[] key;

  /** The link stored with the answers of the application {@code applicationId}. */
  public String of(long applicationId) {
    return of(key(), applicationId);
  }

  static String of(byte[] key, long applicationId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of()
          .formatHex(
              mac.doFinal(("application\n" + applicationId).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  private byte[] key() {
    byte[] known = key;
    if (known == null) {
      known = keys.key(KEY);
      key = known;
    }
    return known;
  }
}
