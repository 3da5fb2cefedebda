package org.floorready.requisition.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.ListQuery;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.platform.StaleCheck;
import org.floorready.requisition.control.MarkdownRenderer;
import org.floorready.requisition.control.RequisitionAccess;
import org.floorready.requisition.control.RequisitionLookup;
import org.floorready.requisition.entity.CriteriaChanged;
import org.floorready.requisition.entity.KnockoutQuestion;
import org.floorready.requisition.entity.LicenseRequirement;
import org.floorready.requisition.entity.Requisition;
import org.floorready.requisition.entity.RequisitionDetails;
import org.floorready.requisition.entity.RequisitionStatus;
import org.floorready.requisition.entity.ScreeningCriterion;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.floorready.security.entity.Team;

/**
 * Listing, creating, editing and moving requisitions through their lifecycle; every change audited.
 */
@ApplicationScoped
@Transactional
public class Requisitions {
  @PersistenceContext EntityManager em;
  @Inject jakarta.enterprise.event.Event<CriteriaChanged> criteriaChanged;
  @Inject RequisitionLookup lookup;
  @Inject Caller caller;
  @Inject Instance<PipelineFigures> figures;
  @Inject AuditTrail audit;
  @Inject Approvals approvals;

  /** Filters of the requisition list; null means any. */
  public record Filter(
      RequisitionStatus status,
      Long teamId,
      Long recruiterId,
      Long hiringManagerId,
      String state,
      String query) {}

  /** A page of the list with each requisition's applicants per stage. */
  public Page<RequisitionView.Summary> summaries(Filter filter, PageRequest page) {
    Page<Requisition> found = list(filter, page);
    Map<Long, List<PipelineFigures.StageCount>> applicants =
        figures.isResolvable()
            ? figures.get().byStage(found.items().stream().map(Requisition::id).toList())
            : Map.of();
    return found.map(r -> RequisitionView.Summary.of(r, applicants.get(r.id())));
  }

  public Page<Requisition> list(Filter filter, PageRequest page) {
    AppUser me = caller.user();
    ListQuery<Requisition> query =
        ListQuery.of(Requisition.class, "r")
            .where("r.status = :status", "status", filter.status())
            .where("r.team.id = :teamId", "teamId", filter.teamId())
            .where("r.recruiter.id = :recruiterId", "recruiterId", filter.recruiterId())
            .where("r.hiringManager.id = :hmId", "hmId", filter.hiringManagerId())
            .where(
                "exists (select l from Requisition q join q.licenses l where q = r and l.state = :state)",
                "state",
                filter.state() == null ? null : filter.state().toUpperCase())
            .where(
                "lower(r.title) like :q",
                "q",
                filter.query() == null || filter.query().isBlank()
                    ? null
                    : "%" + filter.query().toLowerCase() + "%")
            .sortable("title", "r.title")
            .sortable("status", "r.status")
            .sortable("targetStartDate", "r.targetStartDate")
            .sortable("statusChangedAt", "r.statusChangedAt")
            .sortable("createdAt", "r.createdAt")
            .sortable("team", "r.team.name")
            .defaultSort("-statusChangedAt");
    String visible = RequisitionAccess.condition(me);
    if (visible != null) {
      query.where(visible);
      if (visible.contains(":me")) {
        query.param("me", me);
      }
      if (visible.contains(":myTeam")) {
        query.param("myTeam", me.team());
      }
    }
    return query.page(em, page);
  }

  public RequisitionView.Detail detail(long id) {
    AppUser me = caller.user();
    return view(lookup.visible(id, me), me);
  }

  RequisitionView.Detail view(Requisition r, AppUser me) {
    return RequisitionView.Detail.of(
        r, MarkdownRenderer.toSafeHtml(r.description()), RequisitionActions.of(r, me));
  }

  public Requisition create(RequisitionEdit edit) {
    AppUser me = caller.user();
    Requisition requisition = Requisition.draft(resolve(edit), me.email(), Instant.now());
    em.persist(requisition);
    audit.created(requisition);
    return requisition;
  }

  public Requisition update(long id, RequisitionEdit edit) {
    AppUser me = caller.user();
    Requisition requisition = lookup.editable(id, me);
    StaleCheck.requireCurrent(edit.version(), requisition.version(), "requisition");
    Map<String, Object> before = requisition.auditState();
    List<ScreeningCriterion> criteriaBefore = List.copyOf(requisition.criteria());
    boolean sentBack = requisition.edit(resolve(edit), me.email(), Instant.now());
    if (!criteriaBefore.equals(requisition.criteria())) {
      criteriaChanged.fire(new CriteriaChanged(requisition.id()));
    }
    if (sentBack) {
      approvals.startRound(requisition, me);
    }
    audit.updated(requisition, before);
    return requisition;
  }

  public Requisition cloneAsDraft(long id, LocalDate targetStartDate) {
    AppUser me = caller.user();
    Requisition original = lookup.editable(id, me);
    Requisition clone = original.cloneAsDraft(me.email(), Instant.now(), targetStartDate);
    em.persist(clone);
    audit.created(clone);
    return clone;
  }

  /** A lifecycle step that needs no approval: hold, resume, cancel, reopen. */
  public Requisition transition(long id, String action, String reason) {
    AppUser me = caller.user();
    Requisition r = lookup.editable(id, me);
    Map<String, Object> before = r.auditState();
    Instant now = Instant.now();
    switch (action) {
      case "hold" -> r.hold(me.email(), reason, now);
      case "resume" -> r.resume(me.email(), now);
      case "cancel" -> r.cancel(me.email(), reason, now);
      case "reopen" -> r.reopen(me.email(), reason, now);
      default -> throw new jakarta.ws.rs.NotFoundException("No action " + action + ".");
    }
    audit.updated(r, before, action + (reason == null || reason.isBlank() ? "" : ": " + reason));
    return r;
  }

  public Requisition fill(long id, long openingId, String hire) {
    AppUser me = caller.user();
    Requisition r = lookup.editable(id, me);
    Map<String, Object> before = r.auditState();
    r.fill(openingId, hire, me.email(), Instant.now());
    audit.updated(r, before, "Opening filled by " + hire);
    return r;
  }

  private RequisitionDetails resolve(RequisitionEdit e) {
    Team team = em.find(Team.class, e.teamId());
    if (team == null) {
      throw new InvalidInput("teamId", "no team " + e.teamId());
    }
    Set<AppUser> interviewers = new LinkedHashSet<>();
    for (Long interviewerId : e.interviewerIds()) {
      interviewers.add(lookup.userWithRole(interviewerId, Role.INTERVIEWER, "interviewerIds"));
    }
    Set<LicenseRequirement> licenses = new LinkedHashSet<>();
    e.licenses()
        .forEach(
            l -> l.lines().forEach(line -> licenses.add(new LicenseRequirement(l.state(), line))));
    List<ScreeningCriterion> criteria = new ArrayList<>();
    e.criteria()
        .forEach(
            c ->
                criteria.add(
                    new ScreeningCriterion(c.kind(), c.value(), c.minMonths(), c.mustHave())));
    List<KnockoutQuestion> knockouts = new ArrayList<>();
    e.knockoutQuestions()
        .forEach(
            k ->
                knockouts.add(
                    new KnockoutQuestion(
                        k.question().trim(), k.answerType(), k.options(), k.disqualifying())));
    return new RequisitionDetails(
        e.title(),
        team,
        e.workMode(),
        e.site(),
        e.remoteStates(),
        licenses,
        e.openings(),
        e.targetStartDate(),
        e.payMin(),
        e.payMax(),
        e.payCurrency(),
        e.payBasis(),
        e.shift(),
        e.schedule(),
        e.employmentType(),
        lookup.userWithRole(e.hiringManagerId(), Role.HIRING_MANAGER, "hiringManagerId"),
        lookup.userWithRole(e.recruiterId(), Role.RECRUITER, "recruiterId"),
        interviewers,
        e.description(),
        criteria,
        knockouts);
  }
}
