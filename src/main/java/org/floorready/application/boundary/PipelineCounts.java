package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorready.application.entity.ApplicationStage;
import org.floorready.application.entity.Pipeline;
import org.floorready.requisition.boundary.PipelineFigures;

/**
 * Counts of the pipelines for the requisition feature: applications per stage for the requisition
 * list, and the Offer stage for the headcount plan (until the offers feature records offers of its
 * own, "in offer" is what the pipeline holds).
 */
@ApplicationScoped
@Transactional
public class PipelineCounts implements PipelineFigures {
  @PersistenceContext EntityManager em;
  @Inject Pipelines pipelines;

  @Override
  public Map<Long, Integer> inOfferByRequisition() {
    Map<Long, Integer> counts = new HashMap<>();
    em.createQuery(
            "select a.requisition.id, count(a) from Application a where a.stage = :offer"
                + " group by a.requisition.id",
            Object[].class)
        .setParameter("offer", ApplicationStage.OFFER.name())
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
    return counts;
  }

  @Override
  public Map<Long, List<StageCount>> byStage(Collection<Long> requisitionIds) {
    if (requisitionIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Map<String, Long>> counted = new HashMap<>();
    em.createQuery(
            "select a.requisition.id, a.stage, count(a) from Application a"
                + " where a.requisition.id in :ids group by a.requisition.id, a.stage",
            Object[].class)
        .setParameter("ids", requisitionIds)
        .getResultList()
        .forEach(
            row ->
                counted
                    .computeIfAbsent((Long) row[0], k -> new HashMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue()));
    Map<Long, List<StageCount>> figures = new LinkedHashMap<>();
    for (Long id : requisitionIds) {
      Pipeline pipeline = pipelines.of(id);
      Map<String, Long> counts = counted.getOrDefault(id, Map.of());
      figures.put(
          id,
          pipeline.stages().stream()
              .map(s -> new StageCount(s.key(), s.name(), counts.getOrDefault(s.key(), 0L)))
              .toList());
    }
    return figures;
  }
}
