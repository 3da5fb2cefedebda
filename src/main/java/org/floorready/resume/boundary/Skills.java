package org.floorready.resume.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.floorready.platform.AlreadyExists;
import org.floorready.platform.database.DatabaseReady;
import org.floorready.resume.control.ProfileReader;
import org.floorready.resume.control.SkillTaxonomy;
import org.floorready.resume.control.TermDefinition;
import org.floorready.resume.entity.SkillTerm;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;

/**
 * The skill taxonomy: the built-in terms and the ones admins add. The parser uses the added ones
 * from then on, on every node: before a parse, a node that sees a different set of added terms than
 * it loaded (another node changed them) loads them again.
 */
@ApplicationScoped
@Transactional
public class Skills {
  @PersistenceContext EntityManager em;
  @Inject ProfileReader reader;
  @Inject AuditTrail audit;
  @Inject Caller caller;

  private volatile String loaded = "";

  /** One taxonomy entry as the API shows it ({@code id} only for added ones). */
  public record Term(Long id, String name, List<String> aliases, boolean builtIn) {}

  public List<Term> all() {
    List<Term> terms =
        new ArrayList<>(
            new SkillTaxonomy()
                .terms().stream().map(t -> new Term(null, t.name(), t.aliases(), true)).toList());
    added().forEach(s -> terms.add(new Term(s.id(), s.name(), s.aliases(), false)));
    return terms;
  }

  public Term add(String name, List<String> aliases) {
    if (all().stream().anyMatch(t -> t.name().equalsIgnoreCase(name.trim()))) {
      throw new AlreadyExists("The taxonomy already has " + name.trim() + ".");
    }
    SkillTerm added =
        new SkillTerm(
            name.trim(), aliases.stream().map(String::trim).toList(), caller.name(), Instant.now());
    em.persist(added);
    em.flush();
    audit.created(added);
    load();
    return new Term(added.id(), added.name(), added.aliases(), false);
  }

  public void remove(long id) {
    SkillTerm term = em.find(SkillTerm.class, id);
    if (term == null) {
      throw new NotFoundException("No added skill " + id + ".");
    }
    audit.deleted(term);
    em.remove(term);
    em.flush();
    load();
  }

  /**
   * Before a parse: loads the added terms again if another node changed them since (one small
   * query).
   */
  public void refreshIfChanged() {
    if (!loaded.equals(stamp())) {
      load();
    }
  }

  void loadAtStart(@Observes @Priority(950) DatabaseReady ready) {
    load();
  }

  private void load() {
    List<SkillTerm> added = added();
    reader.useAdditionalSkills(
        added.stream().map(s -> new TermDefinition(s.name(), s.aliases())).toList());
    loaded = stamp();
  }

  /** What identifies the set of added terms: how many there are and the newest id. */
  private String stamp() {
    Object[] row =
        em.createQuery("select count(s), max(s.id) from SkillTerm s", Object[].class)
            .getSingleResult();
    return row[0] + ":" + row[1];
  }

  private List<SkillTerm> added() {
    return em.createQuery("select s from SkillTerm s order by s.name", SkillTerm.class)
        .getResultList();
  }
}
