package org.floorready.security.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters that are not all blank, at most
 * {@value #MAX_LENGTH}, not one of the 10,000 most common passwords (in any case, with or without
 * blanks around it), and not the account's email address.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = PasswordHasher.MIN_LENGTH;
  public static final int MAX_LENGTH = 200;

  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /** Why {@code password} is refused for the account {@code email}, or empty when it is fine. */
  public static Optional<String> problem(String password, String email) {
    if (password == null || password.isBlank()) {
      return Optional.of("is required");
    }
    if (password.strip().length() < MIN_LENGTH) {
      return Optional.of("must have at least " + MIN_LENGTH + " characters that are not blanks");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("must have at most " + MAX_LENGTH + " characters");
    }
    String plain = password.strip().toLowerCase(Locale.ROOT);
    if (COMMON.contains(plain)) {
      return Optional.of("is one of the most common passwords; choose another");
    }
    if (email != null && plain.equals(email.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of("must not be the email address");
    }
    return Optional.empty();
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      lines
          .lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .map(l -> l.strip().toLowerCase(Locale.ROOT))
          .forEach(words::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
