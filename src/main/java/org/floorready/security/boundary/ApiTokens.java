package org.floorready.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.floorready.platform.InvalidInput;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.control.SecretTokens;
import org.floorready.security.entity.ApiToken;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/**
 * API tokens: people create them for themselves, admins also for service accounts (users with the
 * INTEGRATION role). A token acts as its owner with the owner's roles of the moment; it is shown
 * once, stored as a SHA-256, revocable, and every creation and revocation is audited.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {
  /** What every token starts with, so that it is recognised in logs and scanners. */
  public static final String PREFIX = "frt_";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;

  /** A token as its owner sees it; {@code token} is there only in the answer to its creation. */
  public record Created(ApiToken record, String token) {}

  /**
   * A new token for {@code ownerId}, limited to {@code roles} when given. A token made with a
   * limited token is limited the same way at most: a scope never widens itself.
   */
  public Created create(long ownerId, String name, Integer validDays, Set<Role> roles) {
    AppUser me = caller.user();
    boolean self = ownerId == me.id();
    AppUser owner = self ? me : em.find(AppUser.class, ownerId);
    if (owner == null) {
      throw new NotFoundException("No user " + ownerId + ".");
    }
    if (!self && !me.hasRole(Role.ADMIN)) {
      throw new ForbiddenException("Only admins create tokens for someone else.");
    }
    Set<Role> limitedTo = scope(owner, self, roles);
    String token = SecretTokens.create(PREFIX);
    Instant now = Instant.now();
    ApiToken record =
        new ApiToken(
            SecretTokens.hash(token),
            owner,
            name.strip(),
            me.email(),
            now,
            validDays == null ? null : now.plus(Duration.ofDays(validDays)),
            limitedTo);
    em.persist(record);
    audit.created(record);
    return new Created(record, token);
  }

  private static Set<Role> scope(AppUser owner, boolean self, Set<Role> requested) {
    Set<Role> grantable = EnumSet.noneOf(Role.class);
    owner.roles().stream().filter(role -> !self || owner.hasRole(role)).forEach(grantable::add);
    if (requested == null) {
      // all the owner's roles, unless the caller itself acts with only part of them
      return grantable.equals(owner.roles()) ? null : grantable;
    }
    if (requested.isEmpty()) {
      throw new InvalidInput("roles", "must name at least one role, or be left out for all");
    }
    if (!grantable.containsAll(requested)) {
      throw new InvalidInput(
          "roles",
          "may only name roles "
              + (self ? "you act with now: " : owner.email() + " holds: ")
              + grantable.stream().map(Role::name).sorted().toList());
    }
    return EnumSet.copyOf(requested);
  }

  /** The caller's own tokens; an admin's list of another user's with {@code ownerId}. */
  public List<ApiToken> list(Long ownerId) {
    AppUser me = caller.user();
    long owner = ownerId == null ? me.id() : ownerId;
    if (owner != me.id().longValue() && !me.hasRole(Role.ADMIN)) {
      throw new ForbiddenException("Only admins see someone else's tokens.");
    }
    return em.createQuery(
            "select t from ApiToken t where t.user.id = :owner order by t.createdAt desc",
            ApiToken.class)
        .setParameter("owner", owner)
        .getResultList();
  }

  public ApiToken revoke(long id) {
    AppUser me = caller.user();
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null || (token.user().id().longValue() != me.id() && !me.hasRole(Role.ADMIN))) {
      throw new NotFoundException("No token " + id + ".");
    }
    var before = token.auditState();
    token.revoke(Instant.now());
    audit.updated(token, before, "Revoked");
    return token;
  }

  /** The token a bearer value stands for, if it is valid; marks it used. */
  public Optional<ApiToken> valid(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    Optional<ApiToken> found =
        em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
            .setParameter("hash", SecretTokens.hash(token))
            .getResultStream()
            .findFirst();
    Instant now = Instant.now();
    if (found.isEmpty() || !found.get().validAt(now)) {
      return Optional.empty();
    }
    // a bulk update, not the entity: concurrent requests with one token never collide on its
    // version
    em.createQuery(
            "update ApiToken t set t.lastUsedAt = :now where t.id = :id"
                + " and (t.lastUsedAt is null or t.lastUsedAt < :minuteAgo)")
        .setParameter("now", now)
        .setParameter("id", found.get().id())
        .setParameter("minuteAgo", now.minus(Duration.ofMinutes(1)))
        .executeUpdate();
    return found;
  }
}
