package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.floorready.application.entity.Application;
import org.floorready.application.entity.ApplicationStage;
import org.floorready.application.entity.Pipeline;
import org.floorready.platform.ListQuery;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.platform.database.JsonArrays;
import org.floorready.requisition.control.RequisitionAccess;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;

/** The application list: every requisition the caller may see, filtered and sorted. */
@ApplicationScoped
@Transactional
public class ApplicationList {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject Pipelines pipelines;

  public Page<ApplicationSummary> list(ApplicationFilter f, PageRequest page) {
    AppUser me = caller.user();
    ListQuery<Application> query =
        ListQuery.of(Application.class, "a")
            .where("a.requisition.id = :req", "req", f.requisition())
            .where("a.stage = :stage", "stage", f.stage())
            .where("a.score >= :minScore", "minScore", f.minScore())
            .where("a.source = :source", "source", f.source())
            .where(
                "lower(a.candidate.licensedStates) like :state", "state", listed(f.licensedState()))
            .where("lower(a.candidate.languages) like :language", "language", listed(f.language()))
            .where(
                "exists (select t from Application t2 join t2.tags t where t2 = a and t = :tag)",
                "tag",
                f.tag() == null ? null : f.tag().strip().toLowerCase(Locale.ROOT))
            .where("a.assignee.id = :assignee", "assignee", f.assignee())
            .where(
                "(lower(a.candidate.fullName) like :text or lower(a.candidate.primaryEmail) like :text)",
                "text",
                f.text() == null || f.text().isBlank()
                    ? null
                    : "%" + f.text().strip().toLowerCase(Locale.ROOT) + "%")
            .sortable("score", "a.score")
            .sortable("appliedAt", "a.appliedAt")
            .sortable("stageEnteredAt", "a.stageEnteredAt")
            .sortable("name", "a.candidate.fullName")
            .sortable("stage", "a.stage")
            .defaultSort("-appliedAt");
    flag(query, f.flag());
    String visible = RequisitionAccess.condition(me);
    if (visible != null) {
      query.where(
          "exists (select r from Requisition r where r = a.requisition and " + visible + ")");
      if (visible.contains(":me")) {
        query.param("me", me);
      }
      if (visible.contains(":myTeam")) {
        query.param("myTeam", me.team());
      }
    }
    Map<Long, Pipeline> cache = new HashMap<>();
    Instant now = Instant.now();
    return query
        .page(em, page)
        .map(
            a ->
                ApplicationSummary.of(
                    a, cache.computeIfAbsent(a.requisition().id(), pipelines::of), now));
  }

  private static void flag(ListQuery<Application> query, ApplicationFilter.Flag flag) {
    if (flag == null) {
      return;
    }
    switch (flag) {
      case MUST_HAVE_UNMET -> query.where("a.unmetMustHaves > 0");
      case KNOCKED_OUT -> query.where("a.knockoutReason is not null");
      case POSSIBLE_DUPLICATE -> query.where("a.candidate.possibleDuplicateOf is not null");
      case UNSCORED -> query.where("a.score is null");
      case OPEN ->
          query.where(
              "a.stage not in ('"
                  + ApplicationStage.REJECTED.name()
                  + "', '"
                  + ApplicationStage.WITHDRAWN.name()
                  + "', '"
                  + ApplicationStage.HIRED.name()
                  + "')");
    }
  }

  private static String listed(String value) {
    return value == null || value.isBlank() ? null : JsonArrays.containsPattern(value);
  }
}
