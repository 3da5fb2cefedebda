package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
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
    return of(mac(key()), applicationId);
  }

  /** The links of many applications (one keyed MAC for all). */
  public Set<String> of(Collection<Long> applicationIds) {
    Mac mac = mac(key());
    Set<String> links = new HashSet<>();
    applicationIds.forEach(id -> links.add(of(mac, id)));
    return links;
  }

  static String of(Mac mac, long applicationId) {
    return HexFormat.of()
        .formatHex(mac.doFinal(("application\n" + applicationId).getBytes(StandardCharsets.UTF_8)));
  }

  static Mac mac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
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
