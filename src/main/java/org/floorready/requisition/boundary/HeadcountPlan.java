package org.floorready.requisition.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.floorready.requisition.control.HeadcountCalculator;
import org.floorready.requisition.entity.HeadcountTarget;
import org.floorready.requisition.entity.Opening;
import org.floorready.requisition.entity.RequisitionStatus;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.floorready.security.entity.Team;

/** The "double the organization" plan: targets per team and month against hires and pipeline. */
@ApplicationScoped
@Transactional
public class HeadcountPlan {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject Instance<PipelineFigures> pipelineFigures;
  @Inject Instance<OffersOut> offersOut;

  public HeadcountCalculator.Plan plan(YearMonth from, int months) {
    List<Team> teams = em.createNamedQuery(Team.ALL, Team.class).getResultList();
    List<HeadcountTarget> targets =
        em.createQuery(
                "select t from HeadcountTarget t where t.monthStart >= :from and t.monthStart <= :to",
                HeadcountTarget.class)
            .setParameter("from", from.atDay(1))
            .setParameter("to", from.plusMonths(months - 1L).atDay(1))
            .getResultList();
    List<HeadcountCalculator.Seat> seats = new ArrayList<>();
    // offers sent and not answered yet take the open seats of their requisition, one each
    Map<Long, Integer> offersLeft =
        new HashMap<>(
            offersOut.isResolvable()
                ? offersOut.get().byRequisition()
                : pipelineFigures.isResolvable()
                    ? pipelineFigures.get().inOfferByRequisition()
                    : Map.of());
    em.createQuery(
            "select o, r.team.id, r.targetStartDate, r.id from Opening o join o.requisition r"
                + " where r.status <> :cancelled and r.status <> :draft order by r.id, o.number",
            Object[].class)
        .setParameter("cancelled", RequisitionStatus.CANCELLED)
        .setParameter("draft", RequisitionStatus.DRAFT)
        .getResultList()
        .forEach(
            row -> {
              Opening o = (Opening) row[0];
              boolean offered =
                  o.isOpen() && offersLeft.merge((Long) row[3], -1, Integer::sum) >= 0;
              seats.add(
                  new HeadcountCalculator.Seat(
                      (Long) row[1],
                      o.isOpen(),
                      o.filledAt() == null
                          ? null
                          : YearMonth.from(o.filledAt().atZone(ZoneOffset.UTC)),
                      row[2] == null ? null : YearMonth.from((java.time.LocalDate) row[2]),
                      offered));
            });
    HeadcountCalculator.Plan plan =
        HeadcountCalculator.plan(
            teams, targets, seats, from, months, YearMonth.now(ZoneOffset.UTC));
    AppUser me = caller.user();
    return new HeadcountCalculator.Plan(
        plan.months(),
        plan.teams().stream().map(t -> t.editableBy(team -> mayPlan(me, team))).toList(),
        plan.total());
  }

  /** Admins plan every team; a hiring manager plans their own team. */
  static boolean mayPlan(AppUser me, long teamId) {
    return me.hasRole(Role.ADMIN)
        || me.hasRole(Role.HIRING_MANAGER) && me.team() != null && me.team().id() == teamId;
  }

  public HeadcountTarget setTarget(long teamId, YearMonth month, int target) {
    Team team = teamYouPlan(teamId);
    List<HeadcountTarget> existing =
        em.createQuery(
                "select t from HeadcountTarget t where t.team = :team and t.monthStart = :month",
                HeadcountTarget.class)
            .setParameter("team", team)
            .setParameter("month", month.atDay(1))
            .getResultList();
    if (existing.isEmpty()) {
      HeadcountTarget created = new HeadcountTarget(team, month, target);
      em.persist(created);
      audit.created(created);
      return created;
    }
    HeadcountTarget current = existing.get(0);
    Map<String, Object> before = current.auditState();
    current.change(target);
    audit.updated(current, before);
    return current;
  }

  public Team setBaseline(long teamId, int agents) {
    Team team = teamYouPlan(teamId);
    Map<String, Object> before = team.auditState();
    team.setBaselineHeadcount(agents);
    audit.updated(team, before);
    return team;
  }

  private Team teamYouPlan(long teamId) {
    AppUser me = caller.user();
    Team team = em.find(Team.class, teamId);
    if (team == null) {
      throw new NotFoundException("No team " + teamId + ".");
    }
    if (!mayPlan(me, teamId)) {
      throw new ForbiddenException("Admins plan every team; hiring managers plan their own team.");
    }
    return team;
  }
}
