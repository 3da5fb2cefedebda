package org.floorready.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Hits counted per bucket in fixed windows, in the database so that every node counts the same hits
 * (a limit counted in one node's memory doubles behind a round-robin proxy). An increment is one
 * atomic UPDATE; a window's first hit inserts the row, and of two concurrent first hits the loser
 * of the unique key simply increments. Runs outside any transaction (each statement commits at
 * once), so a counted hit stays counted whatever the request does next.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class RateCounter {

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  /**
   * Counts one hit in the current window of {@code bucket}; answers the window's hits, this one
   * included.
   */
  public int hit(String bucket, Duration window, Instant now) {
    Timestamp start = windowStart(window, now);
    try (Connection db = dataSource.getConnection()) {
      for (int attempt = 0; attempt < 3; attempt++) {
        // the UPDATE holds the row's lock until the commit: the count read back is this hit's own
        db.setAutoCommit(false);
        try {
          if (increment(db, bucket, start)) {
            int hits = hits(db, bucket, start);
            db.commit();
            return hits;
          }
          db.commit();
        } catch (SQLException e) {
          db.rollback();
          throw e;
        } finally {
          db.setAutoCommit(true);
        }
        if (insertFirst(db, bucket, start)) {
          return 1;
        }
      }
      throw new IllegalStateException("could not count a hit for " + bucket);
    } catch (SQLException e) {
      throw new IllegalStateException("could not count a hit for " + bucket, e);
    }
  }

  /**
   * Takes back one hit counted at {@code now} (a reservation that turned out not to count, such as
   * a sign-in that succeeded); never below zero.
   */
  public void release(String bucket, Duration window, Instant now) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement update =
            db.prepareStatement(
                "update rate_counter set hits = hits - 1"
                    + " where bucket = ? and window_start = ? and hits > 0")) {
      db.setAutoCommit(true);
      update.setString(1, bucket);
      update.setTimestamp(2, windowStart(window, now));
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not release a hit of " + bucket, e);
    }
  }

  /** The hits of the current window of {@code bucket}, without counting one. */
  public int hits(String bucket, Duration window, Instant now) {
    try (Connection db = dataSource.getConnection()) {
      db.setAutoCommit(true);
      return hits(db, bucket, windowStart(window, now));
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the hits of " + bucket, e);
    }
  }

  /** Forgets windows that ended before {@code before}; the purge job calls it. */
  public int forgetBefore(Instant before) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement delete =
            db.prepareStatement("delete from rate_counter where window_start < ?")) {
      db.setAutoCommit(true);
      delete.setTimestamp(1, Timestamp.from(before));
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not purge rate counters", e);
    }
  }

  static Timestamp windowStart(Duration window, Instant now) {
    long size = window.toMillis();
    return new Timestamp(now.toEpochMilli() / size * size);
  }

  private static boolean increment(Connection db, String bucket, Timestamp start)
      throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement(
            "update rate_counter set hits = hits + 1 where bucket = ? and window_start = ?")) {
      update.setString(1, bucket);
      update.setTimestamp(2, start);
      return update.executeUpdate() == 1;
    }
  }

  private static boolean insertFirst(Connection db, String bucket, Timestamp start)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into rate_counter (bucket, window_start, hits) values (?, ?, 1)")) {
      insert.setString(1, bucket);
      insert.setTimestamp(2, start);
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (UniqueViolation.is(e)) {
        return false;
      }
      throw e;
    }
  }

  private static int hits(Connection db, String bucket, Timestamp start) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement(
            "select hits from rate_counter where bucket = ? and window_start = ?")) {
      select.setString(1, bucket);
      select.setTimestamp(2, start);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getInt(1) : 0;
      }
    }
  }
}
