package org.floorready.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.floorready.platform.ListQuery;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.security.entity.AuditEntry;

/** Reading the audit trail. */
@ApplicationScoped
@Transactional
public class AuditLog {
  @PersistenceContext EntityManager em;

  /** Filters that narrow the audit trail; null means any. */
  public record Filter(
      String actor,
      String entityType,
      String entityId,
      AuditEntry.Action action,
      Instant from,
      Instant to) {}

  public Page<AuditEntry> list(Filter filter, PageRequest page) {
    return ListQuery.of(AuditEntry.class, "a")
        .where("lower(a.actor) like :actor", "actor", like(filter.actor()))
        .where("a.entityType = :type", "type", filter.entityType())
        .where("a.entityId = :entityId", "entityId", filter.entityId())
        .where("a.action = :action", "action", filter.action())
        .where("a.at >= :from", "from", filter.from())
        .where("a.at < :to", "to", filter.to())
        .sortable("at", "a.at")
        .sortable("actor", "a.actor")
        .sortable("entityType", "a.entityType")
        .defaultSort("-at")
        .page(em, page);
  }

  private static String like(String text) {
    return text == null || text.isBlank() ? null : "%" + text.toLowerCase() + "%";
  }
}
