package org.floorready.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.database.RateCounter;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.PasswordHasher;
import org.floorready.security.control.PasswordPolicy;
import org.floorready.security.control.SecretTokens;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.PasswordResetLink;
import org.floorready.security.entity.PasswordResetRequested;

/**
 * People's own passwords: changing it (which ends their other sessions), and "forgot password": a
 * single-use link valid for {@code floorready.password-reset.valid-minutes}, sent to the account's
 * address. Asking for a link answers the same whether or not the address has an account, and at
 * most a few links per address and per client are sent an hour.
 */
@ApplicationScoped
@Transactional
public class Passwords {
  static final Duration REQUEST_WINDOW = Duration.ofHours(1);
  static final int REQUESTS_PER_WINDOW = 5;

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject AuditTrail audit;
  @Inject Sessions sessions;
  @Inject RateCounter counter;
  @Inject Event<PasswordResetRequested> resetRequested;

  @Inject
  @ConfigProperty(name = "floorready.password-reset.valid-minutes")
  int validMinutes;

  /**
   * The signed-in user sets a new password; the session of this request goes on, all others end.
   */
  public void change(AppUser user, String current, String chosen, Sessions.Current session) {
    AppUser managed = em.find(AppUser.class, user.id());
    if (current == null || !hasher.matches(current, managed.passwordHash())) {
      throw new InvalidInput("currentPassword", "is not your current password");
    }
    requireAcceptable(chosen, managed.email(), "newPassword");
    if (chosen.equals(current)) {
      throw new InvalidInput("newPassword", "must differ from the current password");
    }
    Map<String, Object> before = managed.auditState();
    managed.changePassword(hasher.hash(chosen));
    audit.updated(managed, before, "Password changed by its owner");
    if (session != null) {
      sessions.keep(session.tokenHash(), managed);
    }
  }

  /**
   * Sends a reset link to {@code email} if it is an enabled account's; tells the caller nothing
   * either way.
   */
  public void requestReset(String email, String clientAddress) {
    String normalized = AppUser.normalizeEmail(email);
    Instant now = Instant.now();
    if (counter.hit("password-reset-client:" + clientAddress, REQUEST_WINDOW, now)
            > REQUESTS_PER_WINDOW * 4
        || normalized == null
        || normalized.length() > 254
        || counter.hit("password-reset-email:" + normalized, REQUEST_WINDOW, now)
            > REQUESTS_PER_WINDOW) {
      return;
    }
    em.createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
        .setParameter("email", normalized)
        .getResultStream()
        .filter(AppUser::enabled)
        .findFirst()
        .ifPresent(
            user -> {
              String token = SecretTokens.create("");
              em.persist(
                  new PasswordResetLink(
                      SecretTokens.hash(token), user.id(), now, Duration.ofMinutes(validMinutes)));
              resetRequested.fire(
                  new PasswordResetRequested(
                      user.id(), user.email(), user.displayName(), token, validMinutes));
            });
  }

  /** Sets the password of the link's account, once; every session of that account ends. */
  public void reset(String token, String chosen) {
    PasswordResetLink link =
        token == null || token.length() > 100
            ? null
            : em.find(PasswordResetLink.class, SecretTokens.hash(token));
    Instant now = Instant.now();
    if (link == null || !link.usableAt(now)) {
      throw new InvalidInput("token", "this link is not valid (any more): ask for a new one");
    }
    AppUser user = em.find(AppUser.class, link.userId());
    requireAcceptable(chosen, user.email(), "newPassword");
    Map<String, Object> before = user.auditState();
    link.use(now);
    user.changePassword(hasher.hash(chosen));
    audit.updated(user, before, "Password reset through an emailed link");
  }

  static void requireAcceptable(String password, String email, String field) {
    PasswordPolicy.problem(password, email)
        .ifPresent(
            problem -> {
              throw new InvalidInput(field, problem);
            });
  }
}
