package org.floorready.platform.node;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.floorready.platform.database.DatabaseMigration;

/**
 * Ready only after migrations ran and the database answers, and no longer from the moment the node
 * is asked to stop (so a proxy that polls readiness stops sending it work first).
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  @Inject DatabaseMigration migration;
  @Inject NodeShutdown shutdown;

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    if (shutdown.draining()) {
      return response.down().withData("reason", "the node is stopping").build();
    }
    if (!migration.isMigrated()) {
      return response.down().withData("reason", "migrations have not finished").build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      return response.status(valid).withData("kind", migration.kind().name()).build();
    } catch (Exception e) {
      return response.down().withData("reason", e.getClass().getSimpleName()).build();
    }
  }
}
