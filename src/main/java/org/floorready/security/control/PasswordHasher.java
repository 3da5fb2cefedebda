package org.floorready.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2 password hashes (Jakarta Security); clear passwords are never stored or logged. */
@ApplicationScoped
public class PasswordHasher {
  public static final int MIN_LENGTH = 10;

  @Inject Pbkdf2PasswordHash hash;

  /**
   * Verified when the email is unknown, so that a wrong email costs as much time as a wrong
   * password.
   */
  private String decoy;

  @PostConstruct
  void init() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash.generate("decoy-password-never-used".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  public void spendDecoyTime(String password) {
    hash.verify(password.toCharArray(), decoy);
  }
}
