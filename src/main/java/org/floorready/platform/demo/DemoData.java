package org.floorready.platform.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.platform.database.DatabaseReady;

/**
 * Decides whether this start seeds demo data: only into an empty database, by default only the
 * embedded one, on PostgreSQL only with {@code FLOORREADY_DEMO=true}; never with {@code false}.
 */
@ApplicationScoped
public class DemoData {
  public static final String PASSWORD = "floorready-demo";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "floorready.demo")
  Optional<Boolean> demo;

  @PersistenceContext EntityManager em;
  @Inject Event<SeedDemoData> seed;

  void onDatabaseReady(@Observes @Priority(100) DatabaseReady ready) {
    if (!demo.orElse(ready.embedded())) {
      return;
    }
    Number users = (Number) em.createNativeQuery("select count(*) from app_user").getSingleResult();
    if (users.longValue() > 0) {
      return;
    }
    LOG.info("Empty database: seeding demo data");
    seed.fire(new SeedDemoData(PASSWORD));
  }
}
