package org.floorready.security.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.platform.database.DatabaseReady;
import org.floorready.security.control.PasswordHasher;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/**
 * At every start, after demo data: creates the configured admin if nobody has that email; on a
 * database without any user and without a configured admin, creates one with a generated password
 * and logs that password once.
 */
@ApplicationScoped
public class AdminBootstrap {
  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;

  @Inject
  @ConfigProperty(name = "floorready.admin.email")
  Optional<String> adminEmail;

  @Inject
  @ConfigProperty(name = "floorready.admin.password")
  Optional<String> adminPassword;

  @Transactional
  void onDatabaseReady(@Observes @Priority(900) DatabaseReady ready) {
    Optional<String> email =
        adminEmail.map(AppUser::normalizeEmail).filter(e -> !e.isBlank() && !e.equals("-"));
    if (email.isPresent()) {
      createConfiguredAdmin(email.get());
    } else if (em.createNamedQuery(AppUser.COUNT, Long.class).getSingleResult() == 0) {
      String password = generatedPassword();
      em.persist(admin("admin@floorready.local", password));
      LOG.warning(
          "No users and no FLOORREADY_ADMIN_EMAIL: created admin@floorready.local with password "
              + password
              + " (shown only this once; change it after signing in)");
    }
  }

  private void createConfiguredAdmin(String email) {
    boolean exists =
        !em.createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
            .setParameter("email", email)
            .getResultList()
            .isEmpty();
    if (exists) {
      return;
    }
    String password = adminPassword.filter(p -> !p.isBlank() && !p.equals("-")).orElse(null);
    if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
      LOG.severe(
          "FLOORREADY_ADMIN_EMAIL is set but FLOORREADY_ADMIN_PASSWORD is missing or shorter than "
              + PasswordHasher.MIN_LENGTH
              + " characters: no admin created");
      return;
    }
    em.persist(admin(email, password));
    LOG.info(() -> "Created admin " + email + " from configuration");
  }

  private AppUser admin(String email, String password) {
    return new AppUser(
        email, "Administrator", hasher.hash(password), EnumSet.of(Role.ADMIN), ZoneId.of("UTC"));
  }

  private static String generatedPassword() {
    String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return password.toString();
  }
}
