package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.floorready.application.entity.Pipeline;
import org.floorready.application.entity.StageDefinition;
import org.floorready.application.entity.StageNotEmpty;
import org.floorready.platform.InvalidInput;
import org.floorready.requisition.control.RequisitionLookup;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;

/** Each requisition's pipeline: the default one until a recruiter adjusts it. */
@ApplicationScoped
@Transactional
public class Pipelines {
  @PersistenceContext EntityManager em;
  @Inject RequisitionLookup lookup;
  @Inject Caller caller;
  @Inject AuditTrail audit;

  public Pipeline of(long requisitionId) {
    List<Pipeline.Stage> stages =
        em.createQuery(
                "select s from StageDefinition s where s.requisitionId = :r order by s.position",
                StageDefinition.class)
            .setParameter("r", requisitionId)
            .getResultStream()
            .map(StageDefinition::stage)
            .toList();
    return stages.isEmpty() ? Pipeline.standard() : new Pipeline(stages);
  }

  public Pipeline visible(long requisitionId) {
    lookup.visible(requisitionId, caller.user());
    return of(requisitionId);
  }

  /**
   * Replaces the requisition's stages. Stages keep their keys (so applications keep their place); a
   * new stage has no key and gets one. A stage that still holds applications cannot be removed.
   */
  public Pipeline adjust(long requisitionId, List<Pipeline.Stage> wanted) {
    Requisition requisition = lookup.editable(requisitionId, caller.user());
    Pipeline before = of(requisitionId);
    List<Pipeline.Stage> keyed = new ArrayList<>();
    int next = 1;
    for (Pipeline.Stage s : wanted) {
      String key = s.key();
      if (key != null
          && !key.isBlank()
          && !before.contains(key)
          && !Pipeline.standard().contains(key)) {
        throw new InvalidInput(
            "stages[" + keyed.size() + "].key",
            "is not a stage of this pipeline; leave it out for a" + " new stage");
      }
      if (key == null || key.isBlank()) {
        while (before.contains("CUSTOM_" + next) || containsKey(wanted, "CUSTOM_" + next)) {
          next++;
        }
        key = "CUSTOM_" + next++;
      }
      keyed.add(new Pipeline.Stage(key, s.name() == null ? null : s.name().strip(), s.interview()));
    }
    Pipeline adjusted = new Pipeline(keyed).validated();
    Set<String> removed =
        before.stages().stream()
            .map(Pipeline.Stage::key)
            .filter(k -> !adjusted.contains(k))
            .collect(Collectors.toSet());
    if (!removed.isEmpty()) {
      Map<String, Long> held =
          em.createQuery(
                  "select a.stage, count(a) from Application a where a.requisition = :r"
                      + " and a.stage in :keys group by a.stage",
                  Object[].class)
              .setParameter("r", requisition)
              .setParameter("keys", removed)
              .getResultStream()
              .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
      if (!held.isEmpty()) {
        String which =
            held.entrySet().stream()
                .map(e -> before.name(e.getKey()) + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        throw new StageNotEmpty(
            "These stages still hold applications: " + which + ". Move them first.");
      }
    }
    em.createQuery("delete from StageDefinition s where s.requisitionId = :r")
        .setParameter("r", requisitionId)
        .executeUpdate();
    for (int i = 0; i < keyed.size(); i++) {
      em.persist(new StageDefinition(requisitionId, keyed.get(i), i));
    }
    audit.updated(
        requisition,
        requisition.auditState(),
        "Pipeline changed from " + names(before) + " to " + names(adjusted));
    return adjusted;
  }

  private static boolean containsKey(List<Pipeline.Stage> stages, String key) {
    return stages.stream().anyMatch(s -> key.equals(s.key()));
  }

  private static String names(Pipeline p) {
    return p.stages().stream().map(Pipeline.Stage::name).collect(Collectors.joining(" → "));
  }
}
