package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.floorready.application.boundary.Pipelines;
import org.floorready.application.entity.Pipeline;
import org.floorready.interview.entity.InterviewKind;
import org.floorready.interview.entity.InterviewPlan;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.StaleCheck;
import org.floorready.requisition.control.RequisitionAccess;
import org.floorready.requisition.control.RequisitionLookup;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/**
 * How each interview stage of a requisition is run. Recruiters, admins and the requisition's hiring
 * manager set them; interviewers must hold the interviewer or hiring-manager role.
 */
@ApplicationScoped
@Transactional
public class InterviewPlans {
  @PersistenceContext EntityManager em;
  @Inject RequisitionLookup lookup;
  @Inject Pipelines pipelines;
  @Inject Caller caller;
  @Inject AuditTrail audit;

  /** A plan as sent and shown. */
  public record PlanView(
      Long id,
      String stage,
      String stageName,
      InterviewKind kind,
      int minutes,
      int bufferMinutes,
      List<Long> required,
      List<Long> pool,
      int poolCount,
      String location,
      List<Long> reminders,
      long version) {}

  public List<PlanView> of(long requisitionId) {
    lookup.visible(requisitionId, caller.user());
    Pipeline pipeline = pipelines.of(requisitionId);
    return em
        .createNamedQuery(InterviewPlan.OF_REQUISITION, InterviewPlan.class)
        .setParameter("requisition", requisitionId)
        .getResultList()
        .stream()
        .map(plan -> view(plan, pipeline))
        .toList();
  }

  /** Creates or replaces the plan of one interview stage. */
  public PlanView define(
      long requisitionId,
      String stage,
      InterviewKind kind,
      int minutes,
      int buffer,
      List<Long> required,
      List<Long> pool,
      int poolCount,
      String location,
      List<Long> reminders,
      Long version) {
    AppUser me = caller.user();
    Requisition requisition = lookup.visible(requisitionId, me);
    boolean manager =
        requisition.hiringManager() != null && requisition.hiringManager().id().equals(me.id());
    if (!RequisitionAccess.canEdit(me) && !manager) {
      throw new ForbiddenException(
          "Recruiters, admins and the hiring manager set interview plans.");
    }
    Pipeline pipeline = pipelines.of(requisitionId);
    Map<String, String> problems = new LinkedHashMap<>();
    if (pipeline.stage(stage).filter(Pipeline.Stage::interview).isEmpty()) {
      problems.put("stage", "must be an interview stage of this requisition's pipeline");
    }
    Set<Long> named = new LinkedHashSet<>(required);
    Set<Long> members = new LinkedHashSet<>(pool);
    if (named.size() != required.size() || members.size() != pool.size()) {
      problems.put("required", "names someone twice");
    }
    for (Long id : named) {
      if (members.contains(id)) {
        problems.put("pool", "must not hold someone who is named as required");
      }
    }
    for (Long id : union(named, members)) {
      AppUser user = em.find(AppUser.class, id);
      if (user == null
          || !user.enabled()
          || !(user.hasRole(Role.INTERVIEWER) || user.hasRole(Role.HIRING_MANAGER))) {
        problems.put("interviewers", "user " + id + " is not an active interviewer");
      }
    }
    if (poolCount > members.size()) {
      problems.put("poolCount", "is more than the " + members.size() + " people in the pool");
    }
    if (named.isEmpty() && poolCount == 0) {
      problems.put("required", "someone must interview: name people or take some from a pool");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    InterviewPlan plan =
        em.createNamedQuery(InterviewPlan.OF_REQUISITION, InterviewPlan.class)
            .setParameter("requisition", requisitionId)
            .getResultStream()
            .filter(p -> p.stageKey().equals(stage))
            .findFirst()
            .orElse(null);
    boolean created = plan == null;
    Map<String, Object> before = created ? null : plan.auditState();
    if (created) {
      plan = new InterviewPlan(requisitionId, stage);
    } else {
      StaleCheck.requireCurrent(version, plan.version(), "interview plan");
    }
    plan.define(
        kind,
        Duration.ofMinutes(minutes),
        Duration.ofMinutes(buffer),
        List.copyOf(named),
        List.copyOf(members),
        poolCount,
        location);
    plan.remindAt(
        reminders == null
            ? InterviewPlan.DEFAULT_REMINDERS
            : List.copyOf(new java.util.TreeSet<>(reminders).descendingSet()));
    if (created) {
      em.persist(plan);
      em.flush();
      audit.created(plan);
    } else {
      em.flush();
      audit.updated(plan, before);
    }
    return view(plan, pipeline);
  }

  private static Set<Long> union(Set<Long> a, Set<Long> b) {
    Set<Long> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static PlanView view(InterviewPlan plan, Pipeline pipeline) {
    return new PlanView(
        plan.id(),
        plan.stageKey(),
        pipeline.stage(plan.stageKey()).map(Pipeline.Stage::name).orElse(plan.stageKey()),
        plan.kind(),
        (int) plan.length().toMinutes(),
        (int) plan.buffer().toMinutes(),
        plan.required(),
        plan.pool(),
        plan.poolCount(),
        plan.location(),
        plan.reminderMinutes(),
        plan.version());
  }
}
