package org.floorready.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at every start (Flyway), then announces {@link DatabaseReady} so
 * that demo data and the admin bootstrap can run. Readiness stays down until this has finished.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATASOURCE,
    className = "org.floorready.platform.database.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 30,
    properties = {
      "url=${MPCONFIG=floorready.db.url}",
      "user=${MPCONFIG=floorready.db.user}",
      "password=${MPCONFIG=floorready.db.password}",
      "dataDir=${MPCONFIG=floorready.data.dir}",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {
  public static final String DATASOURCE = "java:app/jdbc/floorready";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATASOURCE)
  DataSource dataSource;

  @Inject Event<DatabaseReady> ready;

  private volatile boolean migrated;
  private DatabaseKind kind;

  @PostConstruct
  void migrate() {
    kind = detectKind();
    var result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + kind.folder())
            .load()
            .migrate();
    LOG.info(() -> "Database " + kind + " at schema version " + result.targetSchemaVersion);
    migrated = true;
    ready.fire(new DatabaseReady(kind));
  }

  private DatabaseKind detectKind() {
    try (Connection connection = dataSource.getConnection()) {
      return DatabaseKind.of(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }

  /**
   * Makes what was just committed survive a crash of the process. The embedded H2 writes commits to
   * its file in the background, within half a second (writing each at once would stop its
   * background compaction, and the file grew by gigabytes during a bulk intake); after answering an
   * upload it is told to write now. PostgreSQL has written it at commit. Call it outside a
   * transaction.
   */
  public void makeDurable() {
    if (kind != DatabaseKind.H2) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot write the embedded database to disk: " + e.getMessage(), e);
    }
  }

  public boolean isMigrated() {
    return migrated;
  }

  public DatabaseKind kind() {
    return kind;
  }
}
