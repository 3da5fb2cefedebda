package org.floorready.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets the application must use again but nobody may read back (a calendar's secret address or
 * password): AES-256-GCM with the {@code stored-secrets} key of {@link SharedKeys}. Set that key in
 * configuration in production ({@code floorready.keys.stored-secrets}); the key the database
 * generates when none is configured sits next to the data it protects.
 */
@ApplicationScoped
public class SealedValues {
  static final String KEY = "stored-secrets";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int NONCE_BYTES = 12;

  @Inject SharedKeys keys;

  /**
   * The key, fetched once: {@link SharedKeys} suspends the caller's transaction on every call,
   * which a seal inside a transaction must not pay each time.
   */
  private volatile byte[] key;

  public String seal(String plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is missing from this JVM", e);
    }
  }

  /** The plain value; fails when the value was sealed with another key or altered. */
  public String open(String sealed) throws GeneralSecurityException {
    byte[] all = Base64.getDecoder().decode(sealed);
    Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, NONCE_BYTES));
    return new String(
        cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
  }

  private byte[] key() {
    byte[] known = key;
    if (known == null) {
      known = keys.key(KEY);
      key = known;
    }
    return known;
  }

  private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        mode, new SecretKeySpec(Arrays.copyOf(key(), 32), "AES"), new GCMParameterSpec(128, nonce));
    return cipher;
  }
}
