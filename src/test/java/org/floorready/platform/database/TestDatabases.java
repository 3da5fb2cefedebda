package org.floorready.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.provider.Arguments;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Empty databases for tests that run SQL against the real schema: an in-memory H2 in the embedded
 * database's mode, and (with -Ppostgres, which sets floorready.test.pg.url) a fresh PostgreSQL
 * schema.
 */
public final class TestDatabases {
  private TestDatabases() {}

  /**
   * H2 always; PostgreSQL too when the build names one. Arguments: kind, PostgreSQL URL or null.
   */
  public static Stream<Arguments> all() {
    String pg = System.getProperty("floorready.test.pg.url");
    return pg == null || pg.isBlank()
        ? Stream.of(Arguments.of(DatabaseKind.H2, null))
        : Stream.of(Arguments.of(DatabaseKind.H2, null), Arguments.of(DatabaseKind.POSTGRESQL, pg));
  }

  /**
   * An empty database of that kind; on PostgreSQL the schema {@code schema}, dropped and created
   * anew.
   */
  public static DataSource empty(DatabaseKind kind, String pgUrl, String schema) {
    return kind == DatabaseKind.H2 ? h2(schema) : postgres(pgUrl, schema);
  }

  private static DataSource h2(String name) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:"
            + name
            + "-"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }

  private static DataSource postgres(String url, String schema) {
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(url);
    admin.setUser("postgres");
    admin.setPassword("postgres");
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
      s.execute("create schema " + schema);
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL not reachable at " + url + ": " + e.getMessage());
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    pg.setUser("postgres");
    pg.setPassword("postgres");
    return pg;
  }
}
