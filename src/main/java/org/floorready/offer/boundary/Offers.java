package org.floorready.offer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.floorready.application.boundary.Moves;
import org.floorready.application.entity.Application;
import org.floorready.application.entity.ApplicationStage;
import org.floorready.application.entity.NotInOfferStage;
import org.floorready.offer.control.PayRange;
import org.floorready.offer.entity.Offer;
import org.floorready.offer.entity.OfferAlreadyOpen;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.StaleEdit;
import org.floorready.requisition.boundary.Approvals;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.floorready.training.boundary.Enrolment;
import org.floorready.training.entity.TrainingClass;

/**
 * Making offers: one open offer per application (a revision supersedes it, history kept), from the
 * Offer stage, into a class that has not started and has a seat, expiring before the class starts.
 * Pay outside the requisition's range needs the hiring manager and the team's approval chain; an
 * approval by the hiring manager alone can be asked for. Recruiters and admins make offers; hiring
 * managers see their team's and decide the approvals waiting for them.
 */
@ApplicationScoped
@Transactional
public class Offers {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject Moves moves;
  @Inject AuditTrail audit;
  @Inject Approvals approvals;
  @Inject Enrolment enrolment;

  /** What the offer form sends, resolved. */
  public record OfferInput(Offer.Terms terms, boolean askApproval) {}

  public List<OfferView> of(long applicationId) {
    AppUser me = caller.user();
    moves.visible(applicationId, me, false);
    return em
        .createNamedQuery(Offer.OF_APPLICATION, Offer.class)
        .setParameter("a", applicationId)
        .getResultList()
        .stream()
        .map(o -> view(o, me))
        .toList();
  }

  public OfferView get(long offerId) {
    AppUser me = caller.user();
    return view(visible(offerId, me, false), me);
  }

  public OfferView create(long applicationId, OfferInput input) {
    AppUser me = caller.user();
    requireRecruiter(me);
    Application a = moves.visible(applicationId, me, true);
    if (openOffer(applicationId) != null) {
      throw new OfferAlreadyOpen(
          "This application has an open offer: revise it (the revision replaces it) or withdraw it.");
    }
    Offer offer = newOffer(a, input, me);
    em.persist(offer);
    em.flush();
    audit.created(offer);
    return view(offer, me);
  }

  /** A new offer in place of an open one, which is superseded (and its link stops working). */
  public OfferView revise(long offerId, OfferInput input, Long version) {
    AppUser me = caller.user();
    requireRecruiter(me);
    Offer earlier = visible(offerId, me, true);
    requireVersion(earlier, version, me);
    Application a = moves.visible(earlier.applicationId(), me, true);
    Offer offer = newOffer(a, input, me);
    Map<String, Object> before = earlier.auditState();
    offer.supersede(earlier, Instant.now());
    em.persist(offer);
    em.flush();
    audit.updated(earlier, before, "Offer superseded by a revision");
    audit.created(offer);
    return view(offer, me);
  }

  public OfferView decide(long offerId, boolean approve, String comment, Long version) {
    AppUser me = caller.user();
    Offer offer = visible(offerId, me, true);
    requireVersion(offer, version, me);
    Map<String, Object> before = offer.auditState();
    offer.decide(me, approve, comment, Instant.now());
    audit.updated(offer, before, approve ? "Offer approved" : "Offer approval refused");
    return view(offer, me);
  }

  public OfferView withdraw(long offerId, String reason, Long version) {
    AppUser me = caller.user();
    requireRecruiter(me);
    Offer offer = visible(offerId, me, true);
    requireVersion(offer, version, me);
    Map<String, Object> before = offer.auditState();
    offer.withdraw(reason, Instant.now());
    audit.updated(offer, before, "Offer withdrawn: " + reason);
    return view(offer, me);
  }

  /** The offer, if the caller may see its application (404 otherwise). */
  Offer visible(long offerId, AppUser me, boolean lock) {
    Offer offer =
        lock
            ? em.find(Offer.class, offerId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(Offer.class, offerId);
    if (offer == null) {
      throw new NotFoundException("No offer " + offerId + ".");
    }
    moves.visible(offer.applicationId(), me, false);
    return offer;
  }

  static void requireRecruiter(AppUser me) {
    if (!me.hasRole(Role.RECRUITER) && !me.hasRole(Role.ADMIN)) {
      throw new ForbiddenException("Recruiters and admins make and send offers.");
    }
  }

  private void requireVersion(Offer offer, Long version, AppUser me) {
    if (version != null && version != offer.version()) {
      throw new StaleEdit(
          "Someone changed this offer since you loaded it. Reload it and apply your change again.",
          view(offer, me));
    }
  }

  private Offer openOffer(long applicationId) {
    return em
        .createNamedQuery(Offer.OF_APPLICATION, Offer.class)
        .setParameter("a", applicationId)
        .getResultList()
        .stream()
        .filter(o -> o.status().open())
        .findFirst()
        .orElse(null);
  }

  private Offer newOffer(Application a, OfferInput input, AppUser me) {
    if (!ApplicationStage.OFFER.name().equals(a.stage())) {
      throw new NotInOfferStage(
          "Offers are made to applications in the Offer stage; move it there first.");
    }
    Offer.Terms terms = input.terms();
    TrainingClass c = em.find(TrainingClass.class, terms.classId());
    if (c == null) {
      throw new InvalidInput("classId", "is not a class");
    }
    LocalDate today = LocalDate.now(c.zone());
    if (c.startDate().isBefore(today)) {
      throw new InvalidInput(
          "classId", "started on " + c.startDate() + "; choose a class that has not started");
    }
    if (!terms.expiresAt().isBefore(c.startDate().atStartOfDay(c.zone()).toInstant())) {
      throw new InvalidInput(
          "expiresAt", "must be before the class starts (" + c.startDate() + ")");
    }
    enrolment.classWithSeat(c.id());
    Requisition r = a.requisition();
    boolean outside = PayRange.outside(r, terms.payBasis(), terms.payAmount());
    List<Offer.Approver> chain = new ArrayList<>();
    if (outside || input.askApproval()) {
      chain.add(
          r.hiringManager() != null
              ? new Offer.Approver(r.hiringManager(), null)
              : new Offer.Approver(null, Role.HIRING_MANAGER));
    }
    if (outside) {
      approvals.chain(r.team().id()).stream()
          .map(step -> new Offer.Approver(step.user(), step.role()))
          .filter(step -> !chain.contains(step))
          .forEach(chain::add);
    }
    Offer.Terms fixed =
        new Offer.Terms(
            terms.payBasis(),
            terms.payAmount(),
            terms.payCurrency() == null
                ? (r.payCurrency() == null ? "USD" : r.payCurrency())
                : terms.payCurrency(),
            terms.shift(),
            terms.workMode(),
            terms.site(),
            c.id(),
            c.startDate(),
            terms.expiresAt(),
            terms.templateId());
    return new Offer(a.id(), r.id(), fixed, outside, chain, me.email(), Instant.now());
  }

  OfferView view(Offer o, AppUser me) {
    TrainingClass c = em.find(TrainingClass.class, o.classId());
    boolean canDecide =
        o.status().open() && o.pendingStep().map(s -> s.mayDecide(me)).orElse(false);
    return OfferView.of(o, c == null ? null : c.name(), canDecide);
  }
}
