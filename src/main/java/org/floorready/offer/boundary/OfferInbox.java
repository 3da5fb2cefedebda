package org.floorready.offer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.floorready.application.entity.Application;
import org.floorready.offer.entity.Offer;
import org.floorready.offer.entity.OfferApproval;
import org.floorready.offer.entity.OfferStatus;
import org.floorready.requisition.control.RequisitionAccess;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.training.entity.TrainingClass;

/**
 * The offers waiting for the caller's decision: the pending step is theirs (by name, or by role for
 * "any hiring manager") and they may see the application. Shown in the approvals inbox next to
 * requisitions.
 */
@ApplicationScoped
@Transactional
public class OfferInbox {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  /** What an approver needs to decide an offer without opening it. */
  public record AwaitingApproval(
      long offerId,
      long applicationId,
      String candidate,
      long requisitionId,
      String requisition,
      String className,
      LocalDate startDate,
      String payBasis,
      BigDecimal payAmount,
      String payCurrency,
      boolean outsideRange,
      BigDecimal rangeMin,
      BigDecimal rangeMax,
      String shift,
      String createdBy,
      int step,
      int steps,
      String approver,
      Instant waitingSince,
      long version) {}

  public List<AwaitingApproval> awaitingMe() {
    AppUser me = caller.user();
    return em
        .createQuery(
            "select o from Offer o where o.status = :s order by o.createdAt, o.id", Offer.class)
        .setParameter("s", OfferStatus.PENDING_APPROVAL)
        .getResultList()
        .stream()
        .filter(o -> o.pendingStep().map(step -> step.mayDecide(me)).orElse(false))
        .map(o -> item(o, me))
        .filter(item -> item != null)
        .toList();
  }

  private AwaitingApproval item(Offer o, AppUser me) {
    Application a = em.find(Application.class, o.applicationId());
    if (a == null || !RequisitionAccess.canSee(me, a.requisition())) {
      return null;
    }
    Requisition r = a.requisition();
    TrainingClass c = em.find(TrainingClass.class, o.classId());
    OfferApproval step = o.pendingStep().orElseThrow();
    Instant since =
        o.approvals().stream()
            .filter(s -> s.position() < step.position() && s.decidedAt() != null)
            .map(OfferApproval::decidedAt)
            .max(Comparator.naturalOrder())
            .orElse(o.createdAt());
    return new AwaitingApproval(
        o.id(),
        a.id(),
        a.candidate().fullName(),
        r.id(),
        r.title(),
        c == null ? null : c.name(),
        o.startDate(),
        o.payBasis().name(),
        o.payAmount(),
        o.payCurrency(),
        o.outsideRange(),
        r.payMin(),
        r.payMax(),
        o.shift(),
        o.createdBy(),
        step.position(),
        o.approvals().size(),
        step.approverName(),
        since,
        o.version());
  }
}
