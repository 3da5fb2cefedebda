package org.floorready.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * People's names for the emails histories record (who moved, who approved, who wrote): one query
 * for all of them. An email without an account (a deleted user, "applicant", "system") stays as it
 * is.
 */
@ApplicationScoped
public class DisplayNames {
  @PersistenceContext EntityManager em;

  public Function<String, String> of(Collection<String> emails) {
    List<String> wanted = emails.stream().filter(Objects::nonNull).distinct().toList();
    Map<String, String> names = new HashMap<>();
    if (!wanted.isEmpty()) {
      em.createQuery(
              "select u.email, u.displayName from AppUser u where u.email in :emails",
              Object[].class)
          .setParameter("emails", wanted)
          .getResultList()
          .forEach(row -> names.put((String) row[0], (String) row[1]));
    }
    return email -> email == null ? null : names.getOrDefault(email, nameOf(email));
  }

  private static String nameOf(String actor) {
    return switch (actor) {
      case "applicant" -> "the applicant";
      case Caller.SYSTEM -> "FloorReady";
      default -> actor;
    };
  }
}
