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
import org.floorready.security.control.SecretTokens;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.UserSession;

/**
 * Signed-in browsers, kept in the database so that every node serves every session and a restart
 * signs no one out. The cookie carries a random token; the database only its SHA-256.
 */
@ApplicationScoped
@Transactional
public class Sessions {
  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "floorready.session.idle-minutes")
  int idleMinutes;

  @Inject
  @ConfigProperty(name = "floorready.session.absolute-hours")
  int absoluteHours;

  /** A session's token (for the cookie, never stored) and its CSRF token (for the page). */
  public record Started(String token, String csrfToken, long maxAgeSeconds) {}

  /** What a valid session tells about a request. */
  public record Current(AppUser user, String csrfToken, String tokenHash) {}

  public Started start(AppUser user) {
    String token = SecretTokens.create("");
    String csrf = SecretTokens.create("");
    Duration lifetime = Duration.ofHours(absoluteHours);
    em.persist(new UserSession(SecretTokens.hash(token), user, csrf, Instant.now(), lifetime));
    return new Started(token, csrf, lifetime.toSeconds());
  }

  /** The user of a session token, if the session is still valid; marks it used. */
  public Optional<Current> current(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    String hash = SecretTokens.hash(token);
    UserSession session = em.find(UserSession.class, hash);
    if (session == null) {
      return Optional.empty();
    }
    AppUser user = em.find(AppUser.class, session.userId());
    Instant now = Instant.now();
    if (user == null || !session.validFor(user, now, Duration.ofMinutes(idleMinutes))) {
      em.remove(session);
      return Optional.empty();
    }
    session.usedAt(now);
    return Optional.of(new Current(user, session.csrfToken(), hash));
  }

  public void end(String token) {
    if (token != null && !token.isBlank()) {
      UserSession session = em.find(UserSession.class, SecretTokens.hash(token));
      if (session != null) {
        em.remove(session);
      }
    }
  }

  /** After the user changed their own password (which ends every session): this one goes on. */
  void keep(String tokenHash, AppUser user) {
    UserSession session = em.find(UserSession.class, tokenHash);
    if (session != null) {
      session.carryOverTo(user.sessionEpoch());
    }
  }

  /** Removes sessions that expired (the purge job); answers how many. */
  public int purgeExpired(Instant now) {
    int expired =
        em.createQuery("delete from UserSession s where s.expiresAt < :now")
            .setParameter("now", now)
            .executeUpdate();
    int idle =
        em.createQuery("delete from UserSession s where s.lastUsedAt < :idleSince")
            .setParameter("idleSince", now.minus(Duration.ofMinutes(idleMinutes)))
            .executeUpdate();
    return expired + idle;
  }
}
