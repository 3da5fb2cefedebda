package org.floorready.requisition.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.floorready.platform.ListQuery;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.requisition.entity.Requisition;
import org.floorready.requisition.entity.RequisitionStatus;
import org.floorready.requisition.entity.WorkMode;

/** The public side of requisitions: only OPEN ones exist here. */
@ApplicationScoped
@Transactional
public class Careers {
  @PersistenceContext EntityManager em;

  public Page<Requisition> search(String text, String state, Boolean remote, PageRequest page) {
    String st = state == null || state.isBlank() ? null : state.trim().toUpperCase();
    ListQuery<Requisition> query =
        ListQuery.of(Requisition.class, "r")
            .where("r.status = :open")
            .param("open", RequisitionStatus.OPEN)
            .where(
                "(lower(r.title) like :q or lower(r.description) like :q or lower(r.site) like :q)",
                "q",
                text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase() + "%")
            .where(
                "(exists (select s from Requisition p join p.remoteStates s where p = r and s = :state) or r.site like :siteState"
                    + " or exists (select l from Requisition q join q.licenses l where q = r and l.state = :state))",
                "state",
                st)
            .where(
                remote == null ? null : (remote ? "r.workMode <> :onSite" : "r.workMode = :onSite"),
                "onSite",
                remote == null ? null : WorkMode.ON_SITE)
            .sortable("posted", "r.firstOpenedAt")
            .sortable("title", "r.title")
            .sortable("start", "r.targetStartDate")
            .defaultSort("-posted");
    if (st != null) {
      query.param("siteState", "%, " + st);
    }
    return query.page(em, page);
  }

  /** The job behind a public address "{id}-{words}"; the words may be outdated, the id decides. */
  public Requisition job(String slug) {
    long id;
    try {
      id = Long.parseLong(slug.split("-", 2)[0]);
    } catch (NumberFormatException e) {
      throw new NotFoundException("No such job.");
    }
    Requisition r = em.find(Requisition.class, id);
    if (r == null || r.status() != RequisitionStatus.OPEN) {
      throw new NotFoundException("This job is not open (any more).");
    }
    return r;
  }
}
