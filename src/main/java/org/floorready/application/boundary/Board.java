package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.floorready.application.entity.Application;
import org.floorready.application.entity.ApplicationStage;
import org.floorready.application.entity.Pipeline;
import org.floorready.requisition.control.RequisitionLookup;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/** Builds the pipeline board of a requisition. */
@ApplicationScoped
@Transactional
public class Board {
  /** Cards shown per column; the rest is counted and found in the list view. */
  static final int CARDS_PER_COLUMN = 100;

  @PersistenceContext EntityManager em;
  @Inject RequisitionLookup lookup;
  @Inject Caller caller;
  @Inject Pipelines pipelines;

  public BoardView of(long requisitionId) {
    AppUser me = caller.user();
    Requisition r = lookup.visible(requisitionId, me);
    Pipeline pipeline = pipelines.of(requisitionId);
    Map<String, Long> counts =
        em.createQuery(
                "select a.stage, count(a) from Application a where a.requisition = :r group by a.stage",
                Object[].class)
            .setParameter("r", r)
            .getResultStream()
            .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    List<Application> open =
        em.createQuery(
                "select a from Application a join fetch a.candidate"
                    + " where a.requisition = :r and a.stage not in :closed",
                Application.class)
            .setParameter("r", r)
            .setParameter(
                "closed",
                List.of(ApplicationStage.REJECTED.name(), ApplicationStage.WITHDRAWN.name()))
            .getResultList();
    Instant now = Instant.now();
    Map<String, List<Application>> byStage =
        open.stream().collect(Collectors.groupingBy(Application::stage));
    List<BoardView.Column> columns = new ArrayList<>();
    for (Pipeline.Stage stage : pipeline.stages()) {
      List<Application> inStage =
          byStage.getOrDefault(stage.key(), List.of()).stream()
              .sorted(
                  Comparator.comparing((Application a) -> a.score() == null ? -1 : a.score())
                      .reversed()
                      .thenComparing(Application::appliedAt))
              .toList();
      List<ApplicationSummary> cards =
          inStage.stream()
              .limit(CARDS_PER_COLUMN)
              .map(a -> ApplicationSummary.of(a, pipeline, now))
              .toList();
      columns.add(
          new BoardView.Column(
              stage.key(),
              stage.name(),
              stage.interview(),
              inStage.size(),
              cards,
              Math.max(0, inStage.size() - CARDS_PER_COLUMN)));
    }
    List<BoardView.Closed> closed =
        List.of(ApplicationStage.REJECTED, ApplicationStage.WITHDRAWN).stream()
            .map(s -> new BoardView.Closed(s.name(), s.label(), counts.getOrDefault(s.name(), 0L)))
            .toList();
    boolean canMove =
        me.hasRole(Role.ADMIN) || me.hasRole(Role.RECRUITER) || me.hasRole(Role.HIRING_MANAGER);
    return new BoardView(r.id(), r.title(), r.status().name(), canMove, columns, closed);
  }
}
