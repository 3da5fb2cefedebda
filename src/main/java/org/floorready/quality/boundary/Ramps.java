package org.floorready.quality.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.floorready.platform.StaleCheck;
import org.floorready.quality.control.Kpi;
import org.floorready.quality.control.Ramp;
import org.floorready.quality.entity.KpiTarget;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.Role;
import org.floorready.training.boundary.TrainingRecords;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.TrainingClass;

/** The target ramps admins set per KPI, and a class's ramp on the floor against them. */
@ApplicationScoped
@Transactional
public class Ramps {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject TrainingRecords records;
  @Inject KpiHistory history;

  /** A KPI with its target ramp (targets empty: none set). */
  public record TargetView(
      Kpi kpi,
      String label,
      boolean higherIsBetter,
      List<Double> targets,
      Integer consecutiveWeeks,
      Long version) {
    static TargetView of(Kpi kpi, KpiTarget t) {
      return new TargetView(
          kpi,
          kpi.label(),
          kpi.higherIsBetter(),
          t == null ? List.of() : t.weekly(),
          t == null ? null : t.consecutiveWeeks(),
          t == null ? null : t.version());
    }
  }

  /** One person of the class: when they became proficient (null: not yet). */
  public record PersonRamp(
      long newHireId, String name, Integer proficientAtWeek, int weeksReported) {}

  /** A class's ramp in one KPI. */
  public record ClassRamp(
      long classId,
      String className,
      TargetView target,
      List<Ramp.Point> curve,
      List<PersonRamp> people) {}

  public List<TargetView> targets() {
    return Arrays.stream(Kpi.values())
        .map(k -> TargetView.of(k, em.find(KpiTarget.class, k)))
        .toList();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public TargetView setTarget(Kpi kpi, List<Double> weekly, int consecutive, Long version) {
    KpiTarget t = em.find(KpiTarget.class, kpi);
    boolean fresh = t == null;
    if (fresh) {
      t = new KpiTarget(kpi);
    } else {
      StaleCheck.requireCurrent(version, t.version(), "target ramp");
    }
    Map<String, Object> before = fresh ? null : t.auditState();
    t.set(weekly, consecutive, caller.name(), Instant.now());
    if (fresh) {
      em.persist(t);
      audit.created(t);
    } else {
      audit.updated(t, before);
    }
    em.flush();
    return TargetView.of(kpi, t);
  }

  public ClassRamp ofClass(long classId, Kpi kpi) {
    TrainingClass c = records.taught(classId, caller.user(), false);
    KpiTarget target = em.find(KpiTarget.class, kpi);
    Map<Integer, Double> targets = target == null ? Map.of() : target.byWeek();
    List<List<org.floorready.quality.control.KpiWeeks.Week>> weeks = new ArrayList<>();
    List<PersonRamp> people = new ArrayList<>();
    for (NewHire n :
        em.createQuery(
                "select n from NewHire n where n.trainingClass = :c order by n.fullName, n.id",
                NewHire.class)
            .setParameter("c", c)
            .getResultList()) {
      var h = history.weeks(n);
      weeks.add(h);
      people.add(
          new PersonRamp(
              n.id(),
              n.fullName(),
              target == null ? null : Ramp.proficientAt(h, kpi, targets, target.consecutiveWeeks()),
              (int)
                  h.stream().filter(w -> w.weekOnFloor() != null && w.weekOnFloor() >= 1).count()));
    }
    return new ClassRamp(
        c.id(), c.name(), TargetView.of(kpi, target), Ramp.curve(weeks, kpi, targets), people);
  }
}
