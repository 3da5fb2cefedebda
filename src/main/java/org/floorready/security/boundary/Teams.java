package org.floorready.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.floorready.platform.AlreadyExists;
import org.floorready.platform.PlainText;
import org.floorready.platform.StaleCheck;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.entity.Team;

/** The sales teams requisitions hire into. */
@ApplicationScoped
@Transactional
public class Teams {
  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  public List<Team> all() {
    return em.createNamedQuery(Team.ALL, Team.class).getResultList();
  }

  public Team get(long id) {
    Team team = em.find(Team.class, id);
    if (team == null) {
      throw new NotFoundException("No team " + id + ".");
    }
    return team;
  }

  public Team create(TeamView.Edit edit) {
    requireUniqueName(edit.name(), null);
    Team team = new Team(PlainText.clean(edit.name()), edit.site(), ZoneId.of(edit.timeZone()));
    em.persist(team);
    audit.created(team);
    return team;
  }

  public Team update(long id, TeamView.Edit edit) {
    Team team = get(id);
    StaleCheck.requireCurrent(edit.version(), team.version(), "team");
    requireUniqueName(edit.name(), id);
    Map<String, Object> before = team.auditState();
    team.rename(PlainText.clean(edit.name()), edit.site(), ZoneId.of(edit.timeZone()));
    audit.updated(team, before);
    return team;
  }

  private void requireUniqueName(String name, Long self) {
    boolean taken =
        all().stream()
            .anyMatch(t -> t.name().equalsIgnoreCase(name.trim()) && !t.id().equals(self));
    if (taken) {
      throw new AlreadyExists("A team named " + name.trim() + " already exists.");
    }
  }
}
