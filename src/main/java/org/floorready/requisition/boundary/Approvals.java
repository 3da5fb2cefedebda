package org.floorready.requisition.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.notification.boundary.Outbox;
import org.floorready.platform.InvalidInput;
import org.floorready.requisition.control.RequisitionLookup;
import org.floorready.requisition.control.RequisitionMails;
import org.floorready.requisition.entity.ApprovalChain;
import org.floorready.requisition.entity.ApprovalChainStep;
import org.floorready.requisition.entity.ApprovalStep;
import org.floorready.requisition.entity.Approver;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.floorready.security.entity.Team;

/**
 * The approval flow: each team has an ordered chain of approvers (users or roles); without one, the
 * requisition's hiring manager approves. The next approver is emailed; the requester hears the
 * outcome.
 */
@ApplicationScoped
@Transactional
public class Approvals {
  @PersistenceContext EntityManager em;
  @Inject RequisitionLookup lookup;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "floorready.base-url")
  String baseUrl;

  public Requisition submit(long id) {
    AppUser me = caller.user();
    Requisition r = lookup.editable(id, me);
    Map<String, Object> before = r.auditState();
    startRound(r, me);
    audit.updated(r, before, "Submitted for approval");
    return r;
  }

  void startRound(Requisition r, AppUser me) {
    r.submit(chainFor(r), me.email(), Instant.now());
    announcePendingStep(r);
  }

  public Requisition decide(long id, boolean approve, String comment) {
    AppUser me = caller.user();
    Requisition r = lookup.visible(id, me);
    Map<String, Object> before = r.auditState();
    Instant now = Instant.now();
    if (approve) {
      r.approve(me, comment, now);
    } else {
      r.reject(me, comment, now);
    }
    audit.updated(
        r,
        before,
        (approve ? "Approval given" : "Rejected") + (comment == null ? "" : ": " + comment));
    if (r.pendingStep().isPresent()) {
      announcePendingStep(r);
    } else {
      outbox.enqueue(RequisitionMails.outcome(r, approve, me.email(), comment, baseUrl));
    }
    return r;
  }

  public List<RequisitionView.InboxItem> inbox() {
    AppUser me = caller.user();
    List<ApprovalStep> pending =
        em.createQuery(
                "select s from ApprovalStep s where s.status = :pending order by s.requisition.statusChangedAt",
                ApprovalStep.class)
            .setParameter("pending", ApprovalStep.Status.PENDING)
            .getResultList();
    boolean admin = me.hasRole(Role.ADMIN);
    return pending.stream()
        .filter(
            s ->
                admin
                    ? s.canBeDecidedBy(me)
                    : (s.approverUser() != null
                        ? s.approverUser().id().equals(me.id())
                        : me.hasRole(s.approverRole())))
        .map(
            s -> {
              Requisition r = s.requisition();
              return new RequisitionView.InboxItem(
                  r.id(),
                  r.title(),
                  r.team().name(),
                  r.openings().size(),
                  r.targetStartDate(),
                  r.requestedBy(),
                  s.round(),
                  s.position(),
                  s.approverLabel(),
                  r.statusChangedAt());
            })
        .toList();
  }

  public List<Approver> chain(long teamId) {
    Team team = team(teamId);
    return em.createNamedQuery(ApprovalChainStep.OF_TEAM, ApprovalChainStep.class)
        .setParameter("team", team)
        .getResultStream()
        .map(ApprovalChainStep::approver)
        .toList();
  }

  /**
   * Replaces a team's chain: each entry names a user id or a role. Audited always. A hiring manager
   * may reorder and add approvers, but only an admin removes an approver above the manager's own
   * step (or any, when the manager is not in the chain) or empties a chain.
   */
  public List<Approver> replaceChain(long teamId, List<ChainEntry> entries) {
    AppUser me = caller.user();
    Team team = team(teamId);
    boolean admin = me.hasRole(Role.ADMIN);
    if (!admin
        && !(me.hasRole(Role.HIRING_MANAGER)
            && me.team() != null
            && me.team().id().equals(teamId))) {
      throw new ForbiddenException(
          "Only admins and the team's hiring managers set its approval chain.");
    }
    List<Approver> chain = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      ChainEntry entry = entries.get(i);
      if (entry == null || (entry.userId() == null) == (entry.role() == null)) {
        throw new InvalidInput("steps[" + i + "]", "each step names either a userId or a role");
      }
      chain.add(
          entry.userId() != null
              ? Approver.user(
                  lookup.userWithRole(
                      entry.userId(), Role.HIRING_MANAGER, "steps[" + i + "].userId"))
              : Approver.role(entry.role()));
    }
    ApprovalChain before = new ApprovalChain(teamId, chain(teamId));
    ApprovalChain after = new ApprovalChain(teamId, chain);
    if (!admin && !before.keepsTheApproversAbove(me.id(), after)) {
      throw new ForbiddenException(
          "Only an admin removes an approver above you from the chain or empties it.");
    }
    em.createNamedQuery(ApprovalChainStep.OF_TEAM, ApprovalChainStep.class)
        .setParameter("team", team)
        .getResultList()
        .forEach(em::remove);
    em.flush();
    for (int i = 0; i < chain.size(); i++) {
      em.persist(new ApprovalChainStep(team, i + 1, chain.get(i)));
    }
    audit.updated(after, before.auditState(), "Approval chain of team " + team.name() + " set");
    return chain;
  }

  /** One entry of a chain as clients send it: a user id or a role. */
  public record ChainEntry(Long userId, Role role) {}

  private List<Approver> chainFor(Requisition r) {
    List<Approver> chain = chain(r.team().id());
    if (!chain.isEmpty()) {
      return chain;
    }
    return r.hiringManager() == null ? List.of() : List.of(Approver.user(r.hiringManager()));
  }

  private void announcePendingStep(Requisition r) {
    r.pendingStep()
        .ifPresent(
            step -> {
              List<String> to =
                  step.approverUser() != null
                      ? List.of(step.approverUser().email())
                      : lookup.emailsOfRole(step.approverRole());
              if (!to.isEmpty()) {
                outbox.enqueue(RequisitionMails.approvalNeeded(r, to, baseUrl));
              }
            });
  }

  private Team team(long teamId) {
    Team team = em.find(Team.class, teamId);
    if (team == null) {
      throw new NotFoundException("No team " + teamId + ".");
    }
    return team;
  }
}
