package org.floorready.licensing.boundary;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.licensing.control.Journey;
import org.floorready.licensing.control.States;
import org.floorready.licensing.entity.Clearance;
import org.floorready.licensing.entity.Licensee;
import org.floorready.licensing.entity.StateLicense;
import org.floorready.platform.InvalidInput;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.floorready.training.boundary.TrainingRecords;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.NewHireStatus;
import org.floorready.training.entity.TrainingClass;

/**
 * Who may sell where: the roster of a class or team (people × states), the dialer's questions (one
 * agent's clearances; everyone cleared in a state), and the recomputation of every clearance for
 * dates passing — a cluster-safe job every {@code floorready.licensing.recompute-seconds}.
 */
@ApplicationScoped
public class Clearances {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject TrainingRecords records;
  @Inject LicensingData data;
  @Inject Journeys journeys;
  @Inject Deadlines deadlines;

  /** People who left: never cleared for the dialer, not on the roster. */
  static final List<NewHireStatus> GONE = List.of(NewHireStatus.RESIGNED, NewHireStatus.RELEASED);

  @Inject
  @ConfigProperty(name = "floorready.licensing.recompute-seconds", defaultValue = "3600")
  int seconds;

  /** One cell of the roster. */
  public record LicensingCell(
      String state, boolean cleared, String color, List<String> missing, String nextStep) {
    static LicensingCell of(Clearance c) {
      return new LicensingCell(c.state(), c.cleared(), c.color().name(), c.missing(), c.nextStep());
    }
  }

  /** One row of the roster: a person and their cells. */
  public record LicensingRow(
      long newHireId,
      String name,
      String status,
      org.floorready.licensing.control.Deadline deadline,
      List<LicensingCell> cells) {}

  /** People × states of a class or a team. */
  public record LicensingRoster(String title, List<String> states, List<LicensingRow> rows) {}

  /** A state an agent is or is not cleared in, for the dialer (no personal data). */
  public record AgentState(String state, boolean cleared, List<String> missing) {}

  /** One agent's clearances. */
  public record AgentClearances(
      long newHireId, String npn, String agentId, List<AgentState> states) {}

  /** An agent cleared in a state. */
  public record ClearedAgent(long newHireId, String npn, String agentId) {}

  @Produces
  Task<Void> clearancesTask() {
    return Tasks.recurring("licensing-clearances", FixedDelay.ofSeconds(seconds))
        .execute((instance, context) -> recomputeAll());
  }

  /** What a recomputation did: clearances computed, changed, and how long it took. */
  public record Recomputation(int computed, int changed, long millis) {}

  /** Recomputes every clearance now (after a bulk change), timed. */
  @Transactional
  public Recomputation recomputeNow() {
    long start = System.nanoTime();
    int[] counts = recompute();
    return new Recomputation(counts[0], counts[1], (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Opens the journeys of new hires who have none (people hired before licensing existed) and
   * recomputes every clearance; answers how many were computed.
   */
  @ActivateRequestContext
  @Transactional
  public int recomputeAll() {
    return recompute()[0];
  }

  /**
   * Reads every road with four projection queries (no entity per license), evaluates them, and
   * writes the clearances that changed.
   */
  private int[] recompute() {
    for (NewHire n :
        em.createQuery(
                "select n from NewHire n where not exists"
                    + " (select l from Licensee l where l.newHire = n)",
                NewHire.class)
            .getResultList()) {
      journeys.open(n);
    }
    em.flush();
    LicensingData.Reference reference = data.reference();
    Map<Long, List<Journey.Exam>> exams = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select l.id, e.scheduledOn, e.takenOn, e.passed from StateLicense l join l.exams e",
                Object[].class)
            .getResultList()) {
      exams
          .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
          .add(new Journey.Exam((LocalDate) r[1], (LocalDate) r[2], (Boolean) r[3]));
    }
    Map<Long, List<Journey.Appointment>> appointments = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select l.id, a.carrier, a.appointedOn, a.terminatedOn"
                    + " from StateLicense l join l.appointments a",
                Object[].class)
            .getResultList()) {
      appointments
          .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
          .add(new Journey.Appointment((String) r[1], (LocalDate) r[2], (LocalDate) r[3]));
    }
    Map<Long, Map<Long, LocalDate[]>> earned = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select w.id, e.certificationId, e.earnedOn, e.expiresOn"
                    + " from Licensee w join w.certifications e",
                Object[].class)
            .getResultList()) {
      earned
          .computeIfAbsent((Long) r[0], k -> new HashMap<>())
          .put((Long) r[1], new LocalDate[] {(LocalDate) r[2], (LocalDate) r[3]});
    }
    Map<Long, Person> people = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select l.id, w.id, n.id, w.residentState, n.teamId, c.timeZone, l.state,"
                    + " l.requiredLines, l.startedOn, l.prelicensingDoneOn, l.fingerprintsOn,"
                    + " l.applicationSubmittedOn, l.licenseNumber, l.licenseLines,"
                    + " l.licenseIssuedOn, l.licenseExpiresOn, l.licenseVerified"
                    + " from StateLicense l join l.licensee w join w.newHire n"
                    + " join n.trainingClass c order by w.id, l.state",
                Object[].class)
            .getResultList()) {
      long license = (Long) r[0];
      Person p =
          people.computeIfAbsent(
              (Long) r[1],
              k ->
                  new Person(
                      k,
                      (Long) r[2],
                      (String) r[3],
                      (Long) r[4],
                      LocalDate.now(java.time.ZoneId.of((String) r[5])),
                      new ArrayList<>()));
      LocalDate issued = (LocalDate) r[14];
      p.roads()
          .add(
              new Journey.Road(
                  (String) r[6],
                  StateLicense.lines((String) r[7]),
                  (LocalDate) r[8],
                  (LocalDate) r[9],
                  exams.getOrDefault(license, List.of()),
                  (LocalDate) r[10],
                  (LocalDate) r[11],
                  issued == null
                      ? null
                      : new Journey.License(
                          (String) r[12],
                          StateLicense.lines((String) r[13]),
                          issued,
                          (LocalDate) r[15],
                          Boolean.TRUE.equals(r[16])),
                  appointments.getOrDefault(license, List.of())));
    }
    Map<Clearance.Key, Clearance> stored = new HashMap<>();
    for (Clearance c :
        em.createQuery("select c from Clearance c", Clearance.class).getResultList()) {
      stored.put(new Clearance.Key(c.licenseeId(), c.state()), c);
    }
    Instant now = Instant.now();
    int computed = 0;
    int changed = 0;
    for (Person p : people.values()) {
      List<Journey.Outcome> outcomes =
          reference.evaluate(
              p.residentState(),
              p.teamId(),
              earned.getOrDefault(p.licenseeId(), Map.of()),
              p.roads(),
              p.today());
      for (Journey.Outcome o : outcomes) {
        Clearance c = stored.get(new Clearance.Key(p.licenseeId(), o.state()));
        if (Journeys.store(em, c, p.licenseeId(), p.newHireId(), o, now)) {
          changed++;
        }
        computed++;
      }
    }
    em.flush();
    return new int[] {computed, changed};
  }

  /** One person's roads as the bulk recomputation reads them. */
  private record Person(
      long licenseeId,
      long newHireId,
      String residentState,
      Long teamId,
      LocalDate today,
      List<Journey.Road> roads) {}

  /** The roster of a class (its trainers, admins) or a team (its hiring manager, admins). */
  @Transactional
  public LicensingRoster roster(Long classId, Long teamId, String state, boolean clearedOnly) {
    AppUser me = caller.user();
    String only = state == null || state.isBlank() ? null : States.code(state);
    if (state != null && !state.isBlank() && only == null) {
      throw new InvalidInput("state", "is not a US state or DC");
    }
    List<NewHire> people;
    String title;
    if (classId != null) {
      TrainingClass c = records.taught(classId, me, false);
      people = records.people(c);
      title = c.name();
    } else if (teamId != null) {
      boolean mine = me.team() != null && me.team().id().equals(teamId);
      if (!me.hasRole(Role.ADMIN) && !(me.hasRole(Role.HIRING_MANAGER) && mine)) {
        throw new NotFoundException("No team roster " + teamId + " for you.");
      }
      people =
          em.createQuery(
                  "select n from NewHire n where n.teamId = :t order by lower(n.fullName)",
                  NewHire.class)
              .setParameter("t", teamId)
              .getResultList();
      org.floorready.security.entity.Team team =
          em.find(org.floorready.security.entity.Team.class, teamId);
      title = team == null ? "Team" : team.name();
    } else {
      throw new InvalidInput("classId", "give a class or a team");
    }
    List<Long> ids = people.stream().map(NewHire::id).toList();
    Map<Long, List<Clearance>> cells =
        ids.isEmpty()
            ? Map.of()
            : em
                .createQuery(
                    "select c from Clearance c where c.newHireId in :ids order by c.state",
                    Clearance.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(Clearance::newHireId));
    Map<Long, org.floorready.licensing.control.Deadline> due = deadlines.standing(people);
    TreeSet<String> states = new TreeSet<>();
    List<LicensingRow> rows = new ArrayList<>();
    for (NewHire n : people) {
      if (GONE.contains(n.status())) {
        continue;
      }
      List<Clearance> mine = cells.getOrDefault(n.id(), List.of());
      if (only != null
          && mine.stream()
              .noneMatch(c -> c.state().equals(only) && (!clearedOnly || c.cleared()))) {
        continue;
      }
      if (only == null && clearedOnly && mine.stream().noneMatch(Clearance::cleared)) {
        continue;
      }
      mine.forEach(c -> states.add(c.state()));
      rows.add(
          new LicensingRow(
              n.id(),
              n.fullName(),
              n.status().label(),
              due.get(n.id()),
              mine.stream().map(LicensingCell::of).toList()));
    }
    return new LicensingRoster(title, List.copyOf(states), rows);
  }

  /** Everyone cleared in a state now. */
  @Transactional
  public List<ClearedAgent> clearedIn(String state) {
    String code = States.code(state);
    if (code == null) {
      throw new InvalidInput("state", "is not a US state or DC");
    }
    return em
        .createQuery(
            "select n.id, l.npn, l.agentId from Clearance c, Licensee l join l.newHire n"
                + " where c.state = :s and c.cleared = true and l.id = c.licenseeId"
                + " and n.status not in :gone order by n.id",
            Object[].class)
        .setParameter("s", code)
        .setParameter("gone", GONE)
        .getResultList()
        .stream()
        .map(r -> new ClearedAgent((Long) r[0], (String) r[1], (String) r[2]))
        .toList();
  }

  /** One agent's clearances, looked up by new-hire id, NPN or the platform's agent id. */
  @Transactional
  public AgentClearances agent(Long newHireId, String npn, String agentId) {
    AppUser me = caller.user();
    if (!me.hasRole(Role.ADMIN) && !me.hasRole(Role.INTEGRATION)) {
      throw new ForbiddenException("The dialer's integration account and admins ask this.");
    }
    String where;
    Object key;
    if (newHireId != null) {
      where = "l.newHire.id = :k";
      key = newHireId;
    } else if (npn != null && !npn.isBlank()) {
      where = "l.npn = :k";
      key = npn.strip();
    } else if (agentId != null && !agentId.isBlank()) {
      where = "l.agentId = :k";
      key = agentId.strip();
    } else {
      throw new InvalidInput("newHireId", "give newHireId, npn or agentId");
    }
    Licensee who =
        em
            .createQuery("select l from Licensee l where " + where, Licensee.class)
            .setParameter("k", key)
            .getResultList()
            .stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("No agent with this key."));
    List<AgentState> states =
        em
            .createQuery(
                "select c from Clearance c where c.licenseeId = :w order by c.state",
                Clearance.class)
            .setParameter("w", who.id())
            .getResultList()
            .stream()
            .map(
                c ->
                    GONE.contains(who.newHire().status())
                        ? new AgentState(
                            c.state(), false, List.of(who.newHire().status().label() + ": left"))
                        : new AgentState(c.state(), c.cleared(), c.missing()))
            .toList();
    return new AgentClearances(who.newHire().id(), who.npn(), who.agentId(), states);
  }
}
