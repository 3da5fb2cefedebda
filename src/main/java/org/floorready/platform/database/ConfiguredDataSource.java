package org.floorready.platform.database;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one data source class the pool is built on: it reads the JDBC URL from configuration and
 * picks the driver from it, so switching H2 to PostgreSQL is configuration only. The URL {@value
 * #EMBEDDED} means the H2 file database in the data folder.
 */
public class ConfiguredDataSource implements DataSource {

  private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());
  public static final String EMBEDDED = "embedded";

  private String url = EMBEDDED;
  private String user = "";
  private String password = "";
  private String dataDir = "./data";
  private volatile boolean restricted;
  private DataSource delegate;

  public void setUrl(String url) {
    this.url = url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public void setDataDir(String dataDir) {
    this.dataDir = dataDir;
  }

  private synchronized DataSource delegate() throws SQLException {
    if (delegate == null) {
      delegate = create();
    }
    return delegate;
  }

  /**
   * The embedded database's files are readable by FloorReady's own account only, as the stored
   * resumes are (H2 creates them with the process's default permissions).
   */
  private void restrictEmbeddedFiles() {
    if (!isEmbedded(url)) {
      return;
    }
    Path folder =
        Path.of(clean(dataDir).isEmpty() ? "./data" : clean(dataDir)).toAbsolutePath().normalize();
    try (var files = java.nio.file.Files.list(folder)) {
      files
          .filter(
              f ->
                  f.getFileName().toString().startsWith("floorready.")
                      && f.toString().endsWith(".db"))
          .forEach(ConfiguredDataSource::ownerOnly);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot restrict the embedded database files", e);
    }
  }

  private static void ownerOnly(Path file) {
    try {
      java.nio.file.Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the data folder's own access rules apply; say so, since nothing else will
      LOG.info(() -> "No POSIX permissions here: " + file + " keeps its folder's access rules");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot restrict " + file, e);
    }
  }

  private DataSource create() throws SQLException {
    String jdbcUrl = isEmbedded(url) ? embeddedUrl(dataDir) : url.trim();
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(jdbcUrl);
      h2.setUser(isEmbedded(url) ? "sa" : clean(user));
      h2.setPassword(isEmbedded(url) ? "" : clean(password));
      return h2;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(jdbcUrl);
      pg.setUser(clean(user));
      pg.setPassword(clean(password));
      pg.setApplicationName("FloorReady");
      return pg;
    }
    throw new SQLException(
        "floorready.db.url must be a jdbc:postgresql: or jdbc:h2: URL, not " + jdbcUrl);
  }

  static boolean isEmbedded(String url) {
    return clean(url).isBlank() || EMBEDDED.equals(url.trim());
  }

  /**
   * H2 in PostgreSQL mode keeps one set of migrations and queries working on both databases. Its
   * default write delay stays: WRITE_DELAY=0 turns off the background writer that also compacts the
   * file, which then grew without end. Uploads are made durable explicitly ({@code makeDurable}).
   */
  static String embeddedUrl(String dataDir) {
    Path file =
        Path.of(clean(dataDir).isEmpty() ? "./data" : clean(dataDir))
            .toAbsolutePath()
            .normalize()
            .resolve("floorready");
    return "jdbc:h2:file:"
        + file
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
        + ";DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
  }

  /**
   * MicroProfile Config cannot hold an empty value, so "-" stands for "none"; an expression the
   * container could not resolve arrives unexpanded and also means "none".
   */
  private static String clean(String value) {
    return value == null || value.equals("-") || value.startsWith("${") ? "" : value;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = delegate().getConnection();
    if (!restricted) {
      // the first connection has created the embedded database's file
      restricted = true;
      restrictEmbeddedFiles();
    }
    return connection;
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return delegate().getConnection(username, pass);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate().isWrapperFor(type);
  }
}
