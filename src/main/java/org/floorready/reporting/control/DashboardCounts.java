package org.floorready.reporting.control;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** The to-do counts of the home page, each with its exact rule, for a viewer's teams. */
public final class DashboardCounts {
  static final String INTERVIEW_STAGES =
      "('PHONE_INTERVIEW', 'MOCK_SALES_CALL', 'MANAGER_INTERVIEW')";

  private DashboardCounts() {}

  /** Resumes that could not be read in the last 7 days (uploads and careers page alike). */
  public static long failedParses(Connection db, Instant now) {
    return count(
        db,
        new Query("select count(*) from resume_document d")
            .and("d.status = 'FAILED'")
            .and("d.uploaded_at >= ?", now.minus(7, ChronoUnit.DAYS)));
  }

  /**
   * Open applications in an interview stage with nothing booked or offered since they entered it:
   * no interview (other than a cancelled one) and no live scheduling link.
   */
  public static long interviewsToSchedule(Connection db, Set<Long> teams, Instant now) {
    return count(
        db,
        new Query(
                "select count(*) from application a join requisition r on r.id = a.requisition_id")
            .and("a.stage in " + INTERVIEW_STAGES)
            .and(
                "not exists (select 1 from interview i where i.application_id = a.id"
                    + " and i.status <> 'CANCELLED' and i.booked_at >= a.stage_entered_at)")
            .and(
                "not exists (select 1 from scheduling_link l where l.application_id = a.id"
                    + " and l.revoked_at is null and l.interview_id is null and l.expires_at > ?"
                    + " and l.created_at >= a.stage_entered_at)",
                now)
            .in("r.team_id", teams));
  }

  /** Offers sent and not yet answered. */
  public static long offersOut(Connection db, Set<Long> teams) {
    return count(
        db,
        new Query("select count(*) from offer o join requisition r on r.id = o.requisition_id")
            .and("o.status = 'SENT'")
            .in("r.team_id", teams));
  }

  /** Interviews the user sat in that have ended, were held or are still open, with no scorecard. */
  public static long scorecardsDue(Connection db, long userId, Instant now) {
    return count(
        db,
        new Query("select count(*) from interview i join interview_seat s on s.interview_id = i.id")
            .and("s.user_id = ?", userId)
            .and("i.status in ('SCHEDULED', 'COMPLETED')")
            .and("i.ends_at <= ?", now)
            .and(
                "not exists (select 1 from scorecard c where c.interview_id = i.id"
                    + " and c.interviewer_id = ?)",
                userId));
  }

  /** The user's booked interviews starting today in their zone. */
  public static long interviewsToday(Connection db, long userId, LocalDate today, ZoneId zone) {
    return count(
        db,
        new Query("select count(*) from interview i join interview_seat s on s.interview_id = i.id")
            .and("s.user_id = ?", userId)
            .and("i.status = 'SCHEDULED'")
            .and("i.starts_at >= ?", today.atStartOfDay(zone).toInstant())
            .and("i.starts_at < ?", today.plusDays(1).atStartOfDay(zone).toInstant()));
  }

  /** Exams booked from today to 6 days on and not yet taken, for people of the classes. */
  public static long examsThisWeek(Connection db, Set<Long> classes, LocalDate today) {
    return count(
        db,
        new Query(
                "select count(*) from license_exam e"
                    + " join state_license sl on sl.id = e.state_license_id"
                    + " join licensee l on l.id = sl.licensee_id"
                    + " join new_hire n on n.id = l.new_hire_id")
            .and("e.taken_on is null")
            .and("e.scheduled_on >= ?", today)
            .and("e.scheduled_on < ?", today.plusDays(7))
            .in("n.class_id", classes));
  }

  /**
   * People of the classes with a license or certification that expires within 30 days (from today
   * to 29 days on).
   */
  public static long expiringSoon(Connection db, Set<Long> classes, LocalDate today) {
    return count(
        db,
        new Query("select count(*) from licensee l join new_hire n on n.id = l.new_hire_id")
            .and(
                "(exists (select 1 from state_license sl where sl.licensee_id = l.id"
                    + " and sl.license_expires_on >= ? and sl.license_expires_on < ?)"
                    + " or exists (select 1 from earned_certification ec where ec.licensee_id ="
                    + " l.id and ec.expires_on >= ? and ec.expires_on < ?))",
                today,
                today.plusDays(30),
                today,
                today.plusDays(30))
            .in("n.class_id", classes));
  }

  /** New hires hired in the last {@code days} days before {@code now}. */
  public static long hires(Connection db, Instant now, int days) {
    return count(
        db,
        new Query("select count(*) from new_hire n")
            .and("n.hired_at >= ?", now.minus(days, ChronoUnit.DAYS))
            .and("n.hired_at < ?", now));
  }

  /** New hires who resigned or were released in the last {@code days} days up to {@code today}. */
  public static long leavers(Connection db, LocalDate today, int days) {
    return count(
        db,
        new Query("select count(*) from new_hire n")
            .and("n.status in ('RESIGNED', 'RELEASED')")
            .and("n.status_on > ?", today.minusDays(days))
            .and("n.status_on <= ?", today));
  }

  private static long count(Connection db, Query q) {
    return q.list(db, r -> r.getLong(1)).get(0);
  }
}
