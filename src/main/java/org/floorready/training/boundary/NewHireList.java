package org.floorready.training.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.NewHireStatus;

/**
 * The new hires a user may see, newest class first: an admin all of them, a trainer the people in
 * the classes they teach, a hiring manager the new hires of their team.
 */
@ApplicationScoped
@Transactional
public class NewHireList {
  static final int MAX = 500;

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  /** One line of the list. */
  public record Item(
      long id,
      String name,
      long requisitionId,
      String requisition,
      long classId,
      String className,
      LocalDate classStart,
      String status,
      String statusLabel,
      LocalDate statusOn,
      Instant hiredAt,
      LocalDate graduatedOn) {}

  /** The list, at most {@value #MAX} lines, optionally of one status only. */
  public List<Item> list(NewHireStatus status) {
    AppUser me = caller.user();
    List<String> who = new ArrayList<>();
    if (!me.hasRole(Role.ADMIN)) {
      if (me.hasRole(Role.TRAINER)) {
        who.add(":me member of c.trainers");
      }
      if (me.hasRole(Role.HIRING_MANAGER) && me.team() != null) {
        who.add("n.teamId = :team");
      }
      if (who.isEmpty()) {
        throw new ForbiddenException(
            "Admins, trainers and hiring managers with a team see new hires.");
      }
    }
    String where =
        (who.isEmpty() ? "" : " and (" + String.join(" or ", who) + ")")
            + (status == null ? "" : " and n.status = :status");
    TypedQuery<NewHire> query =
        em.createQuery(
                "select n from NewHire n join fetch n.trainingClass c where 1 = 1"
                    + where
                    + " order by c.startDate desc, lower(n.fullName), n.id",
                NewHire.class)
            .setMaxResults(MAX);
    if (where.contains(":me")) {
      query.setParameter("me", me);
    }
    if (where.contains(":team")) {
      query.setParameter("team", me.team().id());
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    List<NewHire> hires = query.getResultList();
    Map<Long, String> titles = titles(hires);
    return hires.stream()
        .map(
            n ->
                new Item(
                    n.id(),
                    n.fullName(),
                    n.requisitionId(),
                    titles.get(n.requisitionId()),
                    n.trainingClass().id(),
                    n.trainingClass().name(),
                    n.trainingClass().startDate(),
                    n.status().name(),
                    n.status().label(),
                    n.statusOn(),
                    n.hiredAt(),
                    n.graduatedOn()))
        .toList();
  }

  private Map<Long, String> titles(List<NewHire> hires) {
    Map<Long, String> titles = new HashMap<>();
    List<Long> ids = hires.stream().map(NewHire::requisitionId).distinct().toList();
    if (ids.isEmpty()) {
      return titles;
    }
    for (Object[] row :
        em.createQuery("select r.id, r.title from Requisition r where r.id in :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      titles.put((Long) row[0], (String) row[1]);
    }
    return titles;
  }
}
