package org.floorready.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only after migrations ran and the database answers. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  @Inject DatabaseMigration migration;

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
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
