package org.floorready.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.platform.database.RateCounter;
import org.floorready.security.control.LoginLockout;
import org.floorready.security.control.PasswordHasher;
import org.floorready.security.control.SecretTokens;
import org.floorready.security.control.SignInOutcome;
import org.floorready.security.entity.AppUser;

/**
 * Checks email and password for both ways in (session sign-in and HTTP Basic). Failures are counted
 * per email (a lock after too many in a row, {@link LoginLockout}) and per client address (too many
 * failures from one address in ten minutes, whatever the emails tried), both in the database so
 * every node counts the same. A disabled account answers like a wrong password: nothing tells a
 * stranger that the password was right.
 */
@ApplicationScoped
public class Authenticator {
  static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);
  // an email longer than the column is never an account's: it is counted under its hash
  private static final int LONGEST_EMAIL = 254;

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject LoginLockout lockout;
  @Inject RateCounter counter;

  @Inject
  @ConfigProperty(name = "floorready.login.max-failures-per-address")
  int maxFailuresPerAddress;

  public SignInOutcome attempt(String email, String password, String clientAddress) {
    String normalized = AppUser.normalizeEmail(email);
    if (normalized == null || normalized.isEmpty() || password == null) {
      return new SignInOutcome.WrongCredentials();
    }
    String key =
        normalized.length() > LONGEST_EMAIL
            ? "sha256:" + SecretTokens.hash(normalized)
            : normalized;
    Instant now = Instant.now();
    // every attempt reserves a failure of its address first (atomically, so a parallel burst gets
    // no more than the limit through); a success gives it back
    String addressBucket = "sign-in-failures:" + clientAddress;
    if (counter.hit(addressBucket, ADDRESS_WINDOW, now) > maxFailuresPerAddress) {
      return new SignInOutcome.Locked(RateCounterWindow.end(ADDRESS_WINDOW, now));
    }
    Optional<Instant> locked = lockout.lockedUntil(key, now);
    if (locked.isPresent()) {
      return new SignInOutcome.Locked(locked.get());
    }
    Optional<AppUser> user = key.equals(normalized) ? findByEmail(key) : Optional.empty();
    boolean matches;
    if (user.isPresent()) {
      matches = hasher.matches(password, user.get().passwordHash());
    } else {
      hasher.spendDecoyTime(password);
      matches = false;
    }
    if (!matches || !user.get().enabled()) {
      return lockout
          .failed(key, now)
          .<SignInOutcome>map(SignInOutcome.Locked::new)
          .orElseGet(SignInOutcome.WrongCredentials::new);
    }
    counter.release(addressBucket, ADDRESS_WINDOW, now);
    lockout.succeeded(key);
    return new SignInOutcome.Success(user.get());
  }

  @Transactional
  Optional<AppUser> findByEmail(String email) {
    return em.createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  /** When the current fixed window of the per-address count ends. */
  private static final class RateCounterWindow {
    static Instant end(Duration window, Instant now) {
      long size = window.toMillis();
      return Instant.ofEpochMilli((now.toEpochMilli() / size + 1) * size);
    }
  }
}
