package org.floorready.application.boundary;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.application.control.RetentionPeriod;
import org.floorready.application.entity.ApplicationStage;
import org.floorready.candidate.boundary.Erasure;
import org.floorready.security.control.AuditTrail;

/**
 * Application and hiring records are kept for the retention period ({@code
 * floorready.retention.months}, never under a year: EEOC record-keeping) after a person's last
 * activity, then their personal data is erased (anonymous counts stay for reports). A person is
 * inactive when nothing of theirs changed since the cut-off and every application of theirs is
 * closed or hired and has not moved since. Runs daily on one node (db-scheduler); each run's count
 * is in the audit trail, never the people themselves.
 */
@ApplicationScoped
public class RetentionPurge {
  private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

  /** At most this many people a run (one transaction); the next day's run goes on with the rest. */
  static final int PER_RUN = 1000;

  @PersistenceContext EntityManager em;
  @Inject Erasure erasure;
  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "floorready.retention.months")
  int configuredMonths;

  @Produces
  Task<Void> retentionTask() {
    return Tasks.recurring("retention-purge", FixedDelay.ofHours(24))
        .execute((instance, context) -> purge(Instant.now()));
  }

  /** Erases everyone inactive since before the retention period; answers how many. */
  @ActivateRequestContext
  @Transactional
  public int purge(Instant now) {
    RetentionPeriod period = RetentionPeriod.of(configuredMonths);
    if (period.raised()) {
      LOG.warning(
          () ->
              "floorready.retention.months is "
                  + configuredMonths
                  + "; records are kept "
                  + period.months()
                  + " months, the legal minimum");
    }
    Instant cutoff = period.cutoff(now.atZone(ZoneOffset.UTC)).toInstant();
    List<Long> due = due(cutoff);
    for (Long id : due) {
      erasure.erase(id, "retention period of " + period.months() + " months ended");
    }
    if (!due.isEmpty()) {
      audit.updated(
          new RetentionRun(period.months()),
          java.util.Map.of(),
          "Retention purge: "
              + due.size()
              + " candidate(s) past "
              + period.months()
              + " months erased");
    }
    return due.size();
  }

  private List<Long> due(Instant cutoff) {
    return em.createQuery(
            "select c.id from Candidate c where c.erasedAt is null and c.mergedInto is null"
                + " and c.updatedAt < :cutoff and not exists (select a from Application a"
                + " where a.candidate = c and (a.stageEnteredAt >= :cutoff or a.stage not in :ended))",
            Long.class)
        .setParameter("cutoff", cutoff)
        .setParameter(
            "ended",
            List.of(
                ApplicationStage.REJECTED.name(),
                ApplicationStage.WITHDRAWN.name(),
                ApplicationStage.HIRED.name()))
        .setMaxResults(PER_RUN)
        .getResultList();
  }

  /** One run of the purge as the audit trail names it. */
  record RetentionRun(int months) implements org.floorready.security.entity.Audited {
    @Override
    public String auditId() {
      return "retention";
    }

    @Override
    public java.util.Map<String, Object> auditState() {
      return java.util.Map.of("months", months);
    }

    @Override
    public String auditType() {
      return "Retention";
    }
  }
}
