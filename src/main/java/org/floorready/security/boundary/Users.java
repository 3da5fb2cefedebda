package org.floorready.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.floorready.platform.AlreadyExists;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.ListQuery;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.platform.PlainText;
import org.floorready.platform.StaleCheck;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.PasswordHasher;
import org.floorready.security.entity.AccountCreated;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.PasswordReset;
import org.floorready.security.entity.Role;
import org.floorready.security.entity.Team;

/** Creating, changing and disabling users; every change is audited. */
@ApplicationScoped
@Transactional
public class Users {
  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject org.floorready.security.control.Caller caller;
  @Inject AuditTrail audit;
  @Inject Event<AccountCreated> accountCreated;
  @Inject Event<PasswordReset> passwordReset;

  public Page<AppUser> list(String query, Role role, Boolean enabled, PageRequest page) {
    return ListQuery.of(AppUser.class, "u")
        .where(
            "(lower(u.email) like :q or lower(u.displayName) like :q)",
            "q",
            query == null || query.isBlank() ? null : "%" + query.toLowerCase() + "%")
        .where(":role member of u.roles", "role", role)
        .where("u.enabled = :enabled", "enabled", enabled)
        .sortable("email", "u.email")
        .sortable("displayName", "u.displayName")
        .sortable("createdAt", "u.createdAt")
        .defaultSort("displayName")
        .page(em, page);
  }

  public AppUser get(long id) {
    AppUser user = em.find(AppUser.class, id);
    if (user == null) {
      throw new NotFoundException("No user " + id + ".");
    }
    return user;
  }

  /** The signed-in user, acting with the roles of this request (an API token may grant fewer). */
  public AppUser me() {
    return caller.user();
  }

  public AppUser byEmail(String email) {
    return em.createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
        .setParameter("email", AppUser.normalizeEmail(email))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No user " + email + "."));
  }

  public AppUser create(UserView.NewUser request) {
    String email = AppUser.normalizeEmail(request.email());
    if (!em.createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
        .setParameter("email", email)
        .getResultList()
        .isEmpty()) {
      throw new AlreadyExists("A user with email " + email + " already exists.");
    }
    Passwords.requireAcceptable(request.password(), email, "password");
    ZoneId zone = ZoneId.of(request.timeZone() == null ? "America/Chicago" : request.timeZone());
    String hash = hasher.hash(request.password());
    AppUser user = new AppUser(email, name(request.displayName()), hash, request.roles(), zone);
    user.setPasswordByAdmin(hash);
    user.update(user.displayName(), request.roles(), zone, team(request.teamId()));
    em.persist(user);
    audit.created(user);
    accountCreated.fire(
        new AccountCreated(user.id(), email, user.displayName(), List.copyOf(user.roleNames())));
    return user;
  }

  public AppUser update(long id, UserView.Change change) {
    AppUser user = get(id);
    StaleCheck.requireCurrent(change.version(), user.version(), "user");
    Map<String, Object> before = user.auditState();
    user.update(
        name(change.displayName()),
        change.roles(),
        ZoneId.of(change.timeZone()),
        team(change.teamId()));
    if (change.enabled() && !user.enabled()) {
      user.enable();
    } else if (!change.enabled() && user.enabled()) {
      user.disable();
    }
    audit.updated(user, before);
    return user;
  }

  public AppUser resetPassword(long id, String password) {
    AppUser user = get(id);
    Passwords.requireAcceptable(password, user.email(), "password");
    Map<String, Object> before = user.auditState();
    user.setPasswordByAdmin(hasher.hash(password));
    audit.updated(user, before, "Password reset");
    passwordReset.fire(new PasswordReset(user.id(), user.email(), user.displayName()));
    return user;
  }

  private static String name(String typed) {
    String name = PlainText.clean(typed);
    if (name.isEmpty()) {
      throw new InvalidInput("displayName", "is required");
    }
    return name;
  }

  private Team team(Long teamId) {
    if (teamId == null) {
      return null;
    }
    Team team = em.find(Team.class, teamId);
    if (team == null) {
      throw new NotFoundException("No team " + teamId + ".");
    }
    return team;
  }
}
