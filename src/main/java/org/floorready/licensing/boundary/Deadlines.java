package org.floorready.licensing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.floorready.licensing.control.Deadline;
import org.floorready.licensing.entity.LicensingDeadline;
import org.floorready.requisition.control.RequisitionAccess;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.training.entity.NewHire;

/**
 * The licensing deadline of a requisition: set by those who edit requisitions, seen by those who
 * see it, and applied to each of its new hires (the resident license due that many days after the
 * hire).
 */
@ApplicationScoped
@Transactional
public class Deadlines {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;

  /** A requisition's deadline (days null: none). */
  public record DeadlineView(long requisitionId, Integer days, boolean canChange) {}

  public DeadlineView get(long requisitionId) {
    AppUser me = caller.user();
    seen(requisitionId, me);
    LicensingDeadline d = em.find(LicensingDeadline.class, requisitionId);
    return new DeadlineView(
        requisitionId, d == null ? null : d.days(), RequisitionAccess.canEdit(me));
  }

  /** Sets (days) or removes (null) the deadline. */
  public DeadlineView set(long requisitionId, Integer days) {
    AppUser me = caller.user();
    seen(requisitionId, me);
    if (!RequisitionAccess.canEdit(me)) {
      throw new ForbiddenException("Recruiters and admins set a requisition's licensing deadline.");
    }
    LicensingDeadline d = em.find(LicensingDeadline.class, requisitionId);
    if (days == null) {
      if (d != null) {
        em.remove(d);
      }
    } else if (d == null) {
      d = new LicensingDeadline(requisitionId, days, me.email());
      em.persist(d);
      em.flush();
      audit.created(d);
    } else {
      Map<String, Object> before = d.auditState();
      d.set(days, me.email());
      audit.updated(d, before, "Licensing deadline changed");
    }
    return get(requisitionId);
  }

  /** The days of each requisition that has a deadline. */
  Map<Long, Integer> days(Collection<Long> requisitionIds) {
    Map<Long, Integer> days = new HashMap<>();
    if (!requisitionIds.isEmpty()) {
      em.createQuery(
              "select d from LicensingDeadline d where d.requisitionId in :r",
              LicensingDeadline.class)
          .setParameter("r", List.copyOf(requisitionIds))
          .getResultList()
          .forEach(d -> days.put(d.requisitionId(), d.days()));
    }
    return days;
  }

  /** Where each person stands against their deadline (absent: none set). */
  Map<Long, Deadline> standing(List<NewHire> people) {
    Map<Long, Integer> days = days(people.stream().map(NewHire::requisitionId).distinct().toList());
    Map<Long, LocalDate> residentIssued = new HashMap<>();
    if (!people.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "select n.id, l.licenseIssuedOn from StateLicense l join l.licensee w"
                      + " join w.newHire n where n.id in :ids and l.state = w.residentState",
                  Object[].class)
              .setParameter("ids", people.stream().map(NewHire::id).toList())
              .getResultList()) {
        if (row[1] != null) {
          residentIssued.put((Long) row[0], (LocalDate) row[1]);
        }
      }
    }
    Map<Long, Deadline> standing = new HashMap<>();
    for (NewHire n : people) {
      LocalDate hired = LocalDate.ofInstant(n.hiredAt(), n.trainingClass().zone());
      Deadline d =
          Deadline.of(
              days.get(n.requisitionId()),
              hired,
              residentIssued.get(n.id()),
              LocalDate.now(n.trainingClass().zone()));
      if (d != null) {
        standing.put(n.id(), d);
      }
    }
    return standing;
  }

  private void seen(long requisitionId, AppUser me) {
    Requisition r = em.find(Requisition.class, requisitionId);
    if (r == null || !RequisitionAccess.canSee(me, r)) {
      throw new NotFoundException("No requisition " + requisitionId + ".");
    }
  }
}
