package org.floorready.training.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.util.List;
import java.util.Map;
import org.floorready.platform.AlreadyExists;
import org.floorready.platform.StaleEdit;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.training.control.TrainingAccess;
import org.floorready.training.entity.ModuleKind;
import org.floorready.training.entity.TrainingModule;
import org.floorready.training.entity.TrainingProgram;

/** Training programs: admins and trainers define them; anyone who lists classes reads them. */
@ApplicationScoped
@Transactional
public class Programs {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject TrainingRecords records;

  public record ModuleView(
      long id,
      int position,
      String name,
      ModuleKind kind,
      String kindLabel,
      int plannedHours,
      Integer passMark,
      int retakes,
      String scoreRule) {
    static ModuleView of(TrainingModule m) {
      return new ModuleView(
          m.id(),
          m.position(),
          m.name(),
          m.kind(),
          m.kind().label(),
          m.plannedHours(),
          m.passMark().orElse(null),
          m.retakes(),
          m.scoreRule().name());
    }
  }

  public record ProgramView(
      long id,
      String name,
      String description,
      int plannedHours,
      List<ModuleView> modules,
      long version) {
    static ProgramView of(TrainingProgram p) {
      return new ProgramView(
          p.id(),
          p.name(),
          p.description(),
          p.plannedHours(),
          p.modules().stream().map(ModuleView::of).toList(),
          p.version());
    }
  }

  public List<ProgramView> list() {
    if (!TrainingAccess.canListClasses(caller.user())) {
      throw new ForbiddenException("Recruiters, trainers and admins see training programs.");
    }
    return em
        .createQuery(
            "select p from TrainingProgram p order by lower(p.name)", TrainingProgram.class)
        .getResultList()
        .stream()
        .map(ProgramView::of)
        .toList();
  }

  public ProgramView get(long id) {
    list();
    return ProgramView.of(records.program(id));
  }

  public ProgramView create(
      String name, String description, List<TrainingModule.Definition> modules) {
    requireManager();
    requireFreeName(name, null);
    TrainingProgram p = new TrainingProgram(name, description, modules);
    em.persist(p);
    em.flush();
    audit.created(p);
    return ProgramView.of(p);
  }

  /**
   * Renames and redefines a program. A module that classes already hold sessions or scores for is
   * never removed (shorten the list at the end only past unused modules).
   */
  public ProgramView update(
      long id,
      String name,
      String description,
      List<TrainingModule.Definition> modules,
      Long version) {
    requireManager();
    TrainingProgram p = records.program(id);
    if (version != null && version != p.version()) {
      throw new StaleEdit(
          "Someone changed this program since you loaded it. Reload it and apply your change again.",
          ProgramView.of(p));
    }
    requireFreeName(name, id);
    List<Long> removed = p.modules().stream().skip(modules.size()).map(TrainingModule::id).toList();
    if (!removed.isEmpty() && used(removed)) {
      throw new org.floorready.training.entity.ModuleInUse(
          "A module you removed has sessions or scores in a class; keep it (rename it if needed).");
    }
    Map<String, Object> before = p.auditState();
    p.rename(name, description);
    p.define(modules);
    audit.updated(p, before, "Training program " + name + " changed");
    em.flush();
    return ProgramView.of(p);
  }

  private boolean used(List<Long> modules) {
    return em.createQuery("select count(s) from ClassSession s where s.module.id in :m", Long.class)
                .setParameter("m", modules)
                .getSingleResult()
            + em.createQuery(
                    "select count(a) from AssessmentAttempt a where a.moduleId in :m", Long.class)
                .setParameter("m", modules)
                .getSingleResult()
        > 0;
  }

  private void requireFreeName(String name, Long except) {
    boolean taken =
        em
            .createQuery(
                "select p from TrainingProgram p where lower(p.name) = lower(:n)",
                TrainingProgram.class)
            .setParameter("n", name)
            .getResultList()
            .stream()
            .anyMatch(p -> !p.id().equals(except));
    if (taken) {
      throw new AlreadyExists("A training program named " + name + " exists already.");
    }
  }

  private void requireManager() {
    if (!TrainingAccess.canManagePrograms(caller.user())) {
      throw new ForbiddenException("Trainers and admins define training programs.");
    }
  }
}
