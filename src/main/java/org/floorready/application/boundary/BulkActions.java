package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.application.boundary.BulkResult.Item;
import org.floorready.application.boundary.BulkResult.Outcome;
import org.floorready.application.control.TemplateValues;
import org.floorready.application.entity.Application;
import org.floorready.application.entity.ApplicationStage;
import org.floorready.application.entity.BulkAction;
import org.floorready.application.entity.Pipeline;
import org.floorready.candidate.boundary.Timeline;
import org.floorready.candidate.entity.CandidateEventType;
import org.floorready.notification.boundary.EmailTemplates;
import org.floorready.notification.entity.EmailTemplate;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.Refusal;
import org.floorready.requisition.control.RequisitionAccess;
import org.floorready.requisition.control.RequisitionLookup;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/**
 * Runs one action over a selection in one transaction: each item that the rules refuse is reported
 * as failed with the reason and left unchanged; the others change. A rejection with a template
 * stands for a person without an email address: it is done, "not emailed: no address", and the
 * person's timeline says so. The action with every item's outcome is stored and audited as one
 * record; each moved application also records its own move.
 */
@ApplicationScoped
@Transactional
public class BulkActions {
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject RequisitionLookup lookup;
  @Inject Caller caller;
  @Inject Pipelines pipelines;
  @Inject Moves moves;
  @Inject EmailTemplates templates;
  @Inject AuditTrail audit;
  @Inject Timeline timeline;

  @Inject
  @ConfigProperty(name = "floorready.base-url")
  String baseUrl;

  public BulkResult run(BulkRequest request) {
    AppUser me = caller.user();
    EmailTemplate template = checked(request);
    AppUser assignee =
        request.action() == BulkRequest.Action.ASSIGN
            ? lookup.userWithRole(request.assigneeId(), Role.RECRUITER, "assigneeId")
            : null;
    List<Long> ids = List.copyOf(new LinkedHashSet<>(request.applicationIds()));
    Map<Long, Application> found = load(ids);
    Map<Long, Pipeline> pipelineOf = new HashMap<>();
    Instant now = Instant.now();
    BulkAction action =
        new BulkAction(request.action().name(), me.email(), describe(request, template), now);
    em.persist(action);
    List<Item> results = new ArrayList<>(ids.size());
    for (Long id : ids) {
      Application a = found.get(id);
      if (a == null || !RequisitionAccess.canSee(me, a.requisition())) {
        results.add(new Item(id, null, Outcome.FAILED, "No application " + id));
        continue;
      }
      Pipeline pipeline = pipelineOf.computeIfAbsent(a.requisition().id(), pipelines::of);
      try {
        String detail = apply(request, a, pipeline, template, assignee, me, now);
        results.add(new Item(id, a.candidate().fullName(), Outcome.DONE, detail));
      } catch (Refusal refused) {
        results.add(new Item(id, a.candidate().fullName(), Outcome.FAILED, refused.getMessage()));
      }
    }
    int done = (int) results.stream().filter(r -> r.outcome() == Outcome.DONE).count();
    action.finished(results.size(), done, JSON.toJson(results));
    audit.created(action);
    return new BulkResult(
        action.id(),
        request.action(),
        me.email(),
        now,
        results.size(),
        done,
        results.size() - done,
        results);
  }

  public BulkResult get(long id) {
    caller.user();
    BulkAction action = em.find(BulkAction.class, id);
    if (action == null) {
      throw new NotFoundException("No bulk action " + id + ".");
    }
    List<Item> items = List.of(JSON.fromJson(action.results(), Item[].class));
    return new BulkResult(
        action.id(),
        BulkRequest.Action.valueOf(action.action()),
        action.actor(),
        action.at(),
        action.total(),
        action.succeeded(),
        action.total() - action.succeeded(),
        items);
  }

  private String apply(
      BulkRequest request,
      Application a,
      Pipeline pipeline,
      EmailTemplate template,
      AppUser assignee,
      AppUser me,
      Instant now) {
    switch (request.action()) {
      case MOVE -> {
        moves.record(
            a,
            pipeline,
            a.auditState(),
            moves.moveFillingASeat(a, pipeline, request.stage(), request.reason(), me.email(), now),
            "Moved (bulk)");
        return "Moved to " + pipeline.name(request.stage());
      }
      case REJECT -> {
        moves.record(
            a,
            pipeline,
            a.auditState(),
            a.move(pipeline, ApplicationStage.REJECTED.name(), request.reason(), me.email(), now),
            "Rejected (bulk)");
        if (template == null) {
          return "Rejected";
        }
        if (a.candidate().primaryEmail() == null) {
          // the rejection stands; only the email could not go out, and the timeline says so
          timeline.record(
              a.candidate().id(),
              a.id(),
              me.email(),
              CandidateEventType.EMAIL_NOT_SENT,
              template.name() + ": not emailed, no address");
          return "Rejected; not emailed: no address";
        }
        return "Rejected; " + email(a, pipeline, template, me);
      }
      case EMAIL -> {
        return email(a, pipeline, template, me);
      }
      case ASSIGN -> {
        a.assignTo(assignee);
        return assignee == null ? "Unassigned" : "Assigned to " + assignee.displayName();
      }
      case TAG -> {
        return a.tag(request.tag())
            ? "Tagged " + Application.normalizedTag(request.tag())
            : "Already tagged";
      }
      default -> throw new IllegalStateException("Unknown action " + request.action());
    }
  }

  private String email(Application a, Pipeline pipeline, EmailTemplate template, AppUser me) {
    String to = a.candidate().primaryEmail();
    if (to == null) {
      throw new InvalidInput("applicationIds", "this candidate has no email address");
    }
    var sent =
        templates.send(
            template,
            to,
            TemplateValues.of(a, pipeline.name(a.stage()), baseUrl, me),
            "Candidate",
            String.valueOf(a.candidate().id()));
    timeline.record(
        a.candidate().id(),
        a.id(),
        me.email(),
        CandidateEventType.EMAIL_SENT,
        sent.subject() + " (to " + to + ")");
    return "Emailed " + to;
  }

  private Map<Long, Application> load(List<Long> ids) {
    Map<Long, Application> found = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      em.createQuery(
              "select a from Application a join fetch a.candidate join fetch a.requisition where a.id in :ids",
              Application.class)
          .setParameter("ids", chunk)
          .getResultStream()
          .forEach(a -> found.put(a.id(), a));
    }
    return found;
  }

  private EmailTemplate checked(BulkRequest r) {
    switch (r.action()) {
      case MOVE -> require(r.stage(), "stage", "is required to move");
      case REJECT -> require(r.reason(), "reason", "is required to reject");
      case EMAIL -> require(r.templateId(), "templateId", "is required to send an email");
      case TAG -> Application.normalizedTag(r.tag());
      default -> {}
    }
    if (r.templateId() == null) {
      return null;
    }
    try {
      EmailTemplate template = templates.get(r.templateId());
      if (!template.active()) {
        throw new InvalidInput("templateId", "is an inactive template");
      }
      return template;
    } catch (NotFoundException missing) {
      throw new InvalidInput("templateId", "no template " + r.templateId());
    }
  }

  private static void require(Object value, String field, String message) {
    if (value == null || value instanceof String s && s.isBlank()) {
      throw new InvalidInput(field, message);
    }
  }

  private static String describe(BulkRequest r, EmailTemplate template) {
    Map<String, Object> p = new java.util.LinkedHashMap<>();
    p.put("stage", r.stage());
    p.put("reason", r.reason());
    p.put("template", template == null ? null : template.name());
    p.put("assigneeId", r.assigneeId());
    p.put("tag", r.tag());
    return p.entrySet().stream()
        .filter(e -> e.getValue() != null)
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
