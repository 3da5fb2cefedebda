package org.floorready.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.security.control.PasswordHasher;
import org.floorready.security.control.SignInOutcome;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.LoginThrottle;

/**
 * Checks email and password for both ways in (session sign-in and HTTP Basic), counting failures
 * per email and locking the address for a while after too many in a row.
 */
@ApplicationScoped
public class Authenticator {
  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;

  @Inject
  @ConfigProperty(name = "floorready.login.max-failures")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "floorready.login.lock-minutes")
  int lockMinutes;

  @Transactional(TxType.REQUIRES_NEW)
  public SignInOutcome attempt(String email, String password) {
    String key = AppUser.normalizeEmail(email);
    if (key == null || key.isEmpty() || password == null) {
      return new SignInOutcome.WrongCredentials();
    }
    Instant now = Instant.now();
    LoginThrottle throttle = em.find(LoginThrottle.class, key);
    if (throttle != null && throttle.lockedAt(now)) {
      return new SignInOutcome.Locked(throttle.lockedUntil());
    }
    Optional<AppUser> user = findByEmail(key);
    boolean matches;
    if (user.isPresent()) {
      matches = hasher.matches(password, user.get().passwordHash());
    } else {
      hasher.spendDecoyTime(password);
      matches = false;
    }
    if (!matches) {
      return recordFailure(throttle, key, now);
    }
    if (throttle != null) {
      em.remove(throttle);
    }
    return user.get().enabled()
        ? new SignInOutcome.Success(user.get())
        : new SignInOutcome.Disabled();
  }

  private SignInOutcome recordFailure(LoginThrottle existing, String key, Instant now) {
    LoginThrottle throttle = existing;
    if (throttle == null) {
      throttle = new LoginThrottle(key);
      em.persist(throttle);
    }
    throttle.recordFailure(now, maxFailures, Duration.ofMinutes(lockMinutes));
    return throttle.lockedAt(now)
        ? new SignInOutcome.Locked(throttle.lockedUntil())
        : new SignInOutcome.WrongCredentials();
  }

  /** The user behind a session, if that session is still valid (enabled, same epoch). */
  @Transactional(TxType.SUPPORTS)
  public Optional<AppUser> sessionUser(SessionUser session) {
    AppUser user = em.find(AppUser.class, session.userId());
    if (user == null || !user.enabled() || user.sessionEpoch() != session.epoch()) {
      return Optional.empty();
    }
    return Optional.of(user);
  }

  private Optional<AppUser> findByEmail(String email) {
    return em.createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }
}
