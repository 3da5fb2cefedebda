package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.floorready.application.entity.Application;
import org.floorready.application.entity.ApplicationStage;
import org.floorready.application.entity.Pipeline;
import org.floorready.application.entity.StageChange;
import org.floorready.candidate.boundary.Timeline;
import org.floorready.candidate.entity.CandidateEventType;
import org.floorready.platform.StaleEdit;
import org.floorready.requisition.control.RequisitionAccess;
import org.floorready.requisition.entity.Opening;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.control.DisplayNames;
import org.floorready.security.entity.AppUser;

/**
 * Moves, closes and reopens applications, one at a time (the resource admits recruiters, hiring
 * managers and admins; a hiring manager only for requisitions the manager may see). The row is
 * locked while it changes, so of two people moving the same card at once one wins and the other
 * gets a 409 with the current state.
 */
@ApplicationScoped
@Transactional
public class Moves {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject Pipelines pipelines;
  @Inject AuditTrail audit;
  @Inject Timeline timeline;
  @Inject DisplayNames names;

  @Inject @jakarta.enterprise.inject.Any
  jakarta.enterprise.inject.Instance<ApplicationAccessGrant> grants;

  /**
   * The application if the caller may see its requisition, or another feature grants it (404
   * otherwise, so nothing leaks).
   */
  public Application visible(long id, AppUser me, boolean lock) {
    Application a =
        lock
            ? em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(Application.class, id);
    if (a == null
        || !RequisitionAccess.canSee(me, a.requisition())
            && grants.stream().noneMatch(grant -> grant.grants(me, id))) {
      throw new NotFoundException("No application " + id + ".");
    }
    return a;
  }

  public ApplicationDetail detail(long id) {
    Application a = visible(id, caller.user(), false);
    return detail(a, pipelines.of(a.requisition().id()));
  }

  public ApplicationDetail move(long id, String to, String reason, Long version) {
    AppUser me = caller.user();
    Application a = current(id, me, version);
    Pipeline pipeline = pipelines.of(a.requisition().id());
    Map<String, Object> before = a.auditState();
    record(
        a,
        pipeline,
        before,
        moveFillingASeat(a, pipeline, to, reason, me.email(), Instant.now()),
        "Moved");
    return detail(a, pipeline);
  }

  /**
   * Moves the application; a move to Hired takes one open seat of the requisition in the same
   * transaction. Every check comes before any change: with no seat left (or the requisition not
   * open, or the move refused) nothing changes at all.
   */
  StageChange moveFillingASeat(
      Application a, Pipeline pipeline, String to, String reason, String actor, Instant now) {
    if (!ApplicationStage.HIRED.name().equals(to)) {
      return a.move(pipeline, to, reason, actor, now);
    }
    Requisition requisition =
        em.find(Requisition.class, a.requisition().id(), LockModeType.PESSIMISTIC_WRITE);
    requisition.nextOpenSeat();
    StageChange change = a.move(pipeline, to, reason, actor, now);
    Map<String, Object> before = requisition.auditState();
    String hire = a.candidate().fullName();
    Opening seat = requisition.fillNext(hire, a.id(), actor, now);
    audit.updated(
        requisition,
        before,
        "Opening " + seat.number() + " filled by " + hire + " (application " + a.id() + ")");
    return change;
  }

  public ApplicationDetail reopen(long id, String reason, Long version) {
    AppUser me = caller.user();
    Application a = current(id, me, version);
    Pipeline pipeline = pipelines.of(a.requisition().id());
    boolean override = a.knockedOut() && a.knockoutOverriddenBy() == null;
    Map<String, Object> before = a.auditState();
    record(
        a,
        pipeline,
        before,
        a.reopen(pipeline, reason, me.email(), Instant.now()),
        override ? "Knock-out overridden" : "Reopened");
    return detail(a, pipeline);
  }

  /**
   * Hires from an accepted offer, for the offers feature: records the acceptance, moves the
   * application to Hired and fills the requisition's next open seat, in the caller's transaction
   * (so when enrolment in the class is refused after this, none of it stays). {@code actor}: the
   * candidate through the offer link, or the recruiter who recorded the answer.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Application hireFromOffer(long id, Instant acceptedAt, String actor) {
    Application a = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
    Pipeline pipeline = pipelines.of(a.requisition().id());
    Map<String, Object> before = a.auditState();
    a.acceptOffer(acceptedAt);
    timeline.record(
        a.candidate().id(),
        a.id(),
        actor,
        CandidateEventType.OFFER_ACCEPTED,
        a.requisition().title());
    record(
        a,
        pipeline,
        before,
        moveFillingASeat(
            a, pipeline, ApplicationStage.HIRED.name(), "Offer accepted", actor, acceptedAt),
        "Hired (offer accepted)");
    return a;
  }

  /** Stores a move: the stage change, the line on the person's timeline, and the audit entry. */
  void record(
      Application a,
      Pipeline pipeline,
      Map<String, Object> before,
      StageChange change,
      String verb) {
    em.persist(change);
    timeline.record(change.asEvent(pipeline));
    audit.updated(
        a,
        before,
        verb
            + " from "
            + pipeline.name(change.fromStage())
            + " to "
            + pipeline.name(change.toStage()));
  }

  /** The application, locked; a stale version is a 409 that carries the current state. */
  private Application current(long id, AppUser me, Long version) {
    Application a = visible(id, me, true);
    if (version != null && version != a.version()) {
      Pipeline pipeline = pipelines.of(a.requisition().id());
      throw new StaleEdit(
          "Someone else changed this application since you loaded it (it is now in "
              + pipeline.name(a.stage())
              + "). Reload it and apply your change again.",
          detail(a, pipeline));
    }
    return a;
  }

  private ApplicationDetail detail(Application a, Pipeline pipeline) {
    List<StageChange> moves =
        em.createQuery(
                "select s from StageChange s where s.applicationId = :a order by s.at, s.id",
                StageChange.class)
            .setParameter("a", a.id())
            .getResultList();
    return ApplicationDetail.of(
        a,
        pipeline,
        moves,
        names.of(moves.stream().map(StageChange::actor).toList()),
        Instant.now());
  }
}
