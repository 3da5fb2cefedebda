package org.floorready.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.platform.database.DatabaseMigration;
import org.floorready.platform.database.UniqueViolation;

/**
 * Failed sign-ins in a row per email address (known or not, so a lock does not reveal accounts);
 * after {@code floorready.login.max-failures} the address is locked for {@code
 * floorready.login.lock-minutes}. Every failure is counted by one UPDATE under the row's lock, in
 * the database: a burst of parallel attempts on one or several nodes counts each attempt once.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class LoginLockout {

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "floorready.login.max-failures")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "floorready.login.lock-minutes")
  int lockMinutes;

  /** Until when the address is locked, if it is. */
  public Optional<Instant> lockedUntil(String key, Instant now) {
    try (Connection db = dataSource.getConnection()) {
      return lockedUntil(db, key, now);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the sign-in lock of " + key, e);
    }
  }

  /**
   * Counts a failure; answers until when the address is locked now, if this or an earlier one
   * locked it.
   */
  public Optional<Instant> failed(String key, Instant now) {
    try (Connection db = dataSource.getConnection()) {
      db.setAutoCommit(true);
      ensureRow(db, key);
      db.setAutoCommit(false);
      try {
        Optional<Instant> locked = count(db, key, now);
        db.commit();
        return locked;
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count a failed sign-in of " + key, e);
    }
  }

  /** A right password: the count of failures starts again. */
  public void succeeded(String key) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement delete =
            db.prepareStatement(
                "delete from login_throttle where email = ? and (locked_until is null"
                    + " or locked_until <= ?)")) {
      db.setAutoCommit(true);
      delete.setString(1, key);
      delete.setTimestamp(2, Timestamp.from(Instant.now()));
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reset the sign-in failures of " + key, e);
    }
  }

  private Optional<Instant> count(Connection db, String key, Instant now) throws SQLException {
    // an address that is locked already is not counted further: its lock ends when it says
    try (PreparedStatement increment =
        db.prepareStatement(
            "update login_throttle set failures = failures + 1, last_failure_at = ?"
                + " where email = ? and (locked_until is null or locked_until <= ?)")) {
      increment.setTimestamp(1, Timestamp.from(now));
      increment.setString(2, key);
      increment.setTimestamp(3, Timestamp.from(now));
      if (increment.executeUpdate() == 0) {
        return lockedUntil(db, key, now);
      }
    }
    int failures;
    try (PreparedStatement select =
        db.prepareStatement("select failures from login_throttle where email = ?")) {
      select.setString(1, key);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        failures = row.getInt(1);
      }
    }
    if (failures < maxFailures) {
      return Optional.empty();
    }
    Instant until = now.plus(Duration.ofMinutes(lockMinutes));
    try (PreparedStatement lock =
        db.prepareStatement(
            "update login_throttle set failures = 0, locked_until = ? where email = ?")) {
      lock.setTimestamp(1, Timestamp.from(until));
      lock.setString(2, key);
      lock.executeUpdate();
    }
    return Optional.of(until);
  }

  private static void ensureRow(Connection db, String key) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement("insert into login_throttle (email, failures) values (?, 0)")) {
      insert.setString(1, key);
      insert.executeUpdate();
    } catch (SQLException e) {
      if (!UniqueViolation.is(e)) {
        throw e;
      }
    }
  }

  private static Optional<Instant> lockedUntil(Connection db, String key, Instant now)
      throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement("select locked_until from login_throttle where email = ?")) {
      select.setString(1, key);
      try (ResultSet row = select.executeQuery()) {
        if (row.next()
            && row.getTimestamp(1) != null
            && row.getTimestamp(1).toInstant().isAfter(now)) {
          return Optional.of(row.getTimestamp(1).toInstant());
        }
        return Optional.empty();
      }
    }
  }
}
