package org.floorready.candidate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.floorready.candidate.entity.SavedSearch;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;

/** Each recruiter's saved candidate searches: only the owner sees or deletes them. */
@ApplicationScoped
@Transactional
public class SavedSearches {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;

  public List<SavedSearch> mine() {
    return em.createQuery(
            "select s from SavedSearch s where s.owner = :me order by s.name", SavedSearch.class)
        .setParameter("me", caller.name())
        .getResultList();
  }

  public SavedSearch save(String name, String query) {
    SavedSearch saved = new SavedSearch(caller.name(), name.trim(), query, Instant.now());
    em.persist(saved);
    audit.created(saved);
    return saved;
  }

  public void delete(long id) {
    SavedSearch search = em.find(SavedSearch.class, id);
    if (search == null || !search.owner().equals(caller.name())) {
      throw new NotFoundException("No saved search " + id + ".");
    }
    audit.deleted(search);
    em.remove(search);
  }
}
