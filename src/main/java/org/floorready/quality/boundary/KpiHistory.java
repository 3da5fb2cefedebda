package org.floorready.quality.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.floorready.platform.database.DatabaseMigration;
import org.floorready.quality.control.KpiRow;
import org.floorready.quality.control.KpiWeeks;
import org.floorready.security.control.Caller;
import org.floorready.training.boundary.TrainingRecords;
import org.floorready.training.entity.NewHire;

/**
 * A new hire's KPIs on the floor, week by week: for admins, the trainers of their class and the
 * hiring manager of their team (the same people who see their training record); recruiters see
 * aggregates only.
 */
@ApplicationScoped
@Transactional
public class KpiHistory {
  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @Inject TrainingRecords records;
  @Inject Caller caller;

  /** The weeks, oldest first; floorDate: the graduation day (null: not on the floor yet). */
  public record History(
      long newHireId, String name, LocalDate floorDate, List<KpiWeeks.Week> weeks) {}

  public History of(long newHireId) {
    NewHire n = records.seen(newHireId, caller.user());
    return new History(newHireId, n.fullName(), n.graduatedOn(), weeks(n));
  }

  /** The KPI columns {@link #row} reads, in its order. */
  static final String COLUMNS =
      "period_start, period_days, calls_handled, aht_seconds, talk_seconds, hold_seconds,"
          + " follow_ups, quotes, policies_sold, qa_score, adherence";

  /** A new hire's weeks (the caller has checked they may see them). */
  List<KpiWeeks.Week> weeks(NewHire n) {
    List<KpiRow> rows = new ArrayList<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement s =
            db.prepareStatement(
                "select "
                    + COLUMNS
                    + " from floor_kpi where new_hire_id = ? order by period_start")) {
      s.setLong(1, n.id());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(row(r, 1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The KPI history could not be read.", e);
    }
    return KpiWeeks.of(rows, n.graduatedOn());
  }

  /** The row of {@link #COLUMNS} starting at column {@code first}. */
  static KpiRow row(ResultSet r, int first) throws SQLException {
    int c = first;
    return new KpiRow(
        0,
        null,
        null,
        r.getDate(c).toLocalDate(),
        r.getInt(c + 1),
        r.getObject(c + 2, Integer.class),
        r.getObject(c + 3, Integer.class),
        r.getObject(c + 4, Integer.class),
        r.getObject(c + 5, Integer.class),
        r.getObject(c + 6, Integer.class),
        r.getObject(c + 7, Integer.class),
        r.getObject(c + 8, Integer.class),
        r.getBigDecimal(c + 9),
        r.getBigDecimal(c + 10));
  }
}
