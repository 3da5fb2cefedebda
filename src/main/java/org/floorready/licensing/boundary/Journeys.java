package org.floorready.licensing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.floorready.candidate.entity.Candidate;
import org.floorready.licensing.control.Journey;
import org.floorready.licensing.control.States;
import org.floorready.licensing.entity.Certification;
import org.floorready.licensing.entity.Clearance;
import org.floorready.licensing.entity.Licensee;
import org.floorready.licensing.entity.LineOfAuthority;
import org.floorready.licensing.entity.NpnTaken;
import org.floorready.licensing.entity.StateLicense;
import org.floorready.platform.AlreadyExists;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.StaleEdit;
import org.floorready.requisition.entity.LicenseRequirement;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.training.boundary.TrainingRecords;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.NewHireEnrolled;

/**
 * Each new hire's road to selling, per state: opened when they are enrolled (the states and lines
 * of their requisition; the resident state from their profile), each step recorded by their
 * trainers or an admin under a lock on the person, and their clearances recomputed in the same
 * transaction. Whoever sees the new hire (their hiring manager too) reads it.
 */
@ApplicationScoped
@Transactional
public class Journeys {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject TrainingRecords records;
  @Inject LicensingData data;
  @Inject Deadlines deadlines;
  @Inject EvidenceFiles evidence;

  /** Opens the journey of a person just enrolled, in the enrolling transaction. */
  void enrolled(@Observes NewHireEnrolled event) {
    NewHire n = em.find(NewHire.class, event.newHireId());
    if (n != null) {
      open(n);
    }
  }

  /** The person's licensee record, opened with a license per state of the requisition if new. */
  public Licensee open(NewHire n) {
    Licensee existing = licensee(n.id());
    if (existing != null) {
      return existing;
    }
    Requisition r = em.find(Requisition.class, n.requisitionId());
    Candidate c = em.find(Candidate.class, n.candidateId());
    Map<String, List<String>> lines = new LinkedHashMap<>();
    if (r != null) {
      for (LicenseRequirement l : r.licenses()) {
        lines.computeIfAbsent(l.state(), s -> new ArrayList<>()).add(l.line());
      }
    }
    String home = c == null ? null : States.code(c.region());
    String resident =
        home != null ? home : lines.isEmpty() ? null : lines.keySet().iterator().next();
    Licensee who = new Licensee(n, resident);
    em.persist(who);
    LocalDate started = LocalDate.ofInstant(n.hiredAt(), n.trainingClass().zone());
    if (resident != null && !lines.containsKey(resident)) {
      lines.put(resident, List.of());
    }
    lines.forEach(
        (state, names) ->
            em.persist(new StateLicense(who, state, LicensingData.pandc(names), started)));
    em.flush();
    audit.created(who);
    recompute(who, data.reference());
    return who;
  }

  public LicensingView view(long newHireId) {
    AppUser me = caller.user();
    NewHire n = records.seen(newHireId, me);
    Licensee who = licensee(n.id());
    if (who == null) {
      // opened here only for people hired before licensing existed: one at a time
      em.lock(n, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
      who = open(n);
    }
    return view(n, who, me, data.reference());
  }

  /** NPN (one per person), resident state, the platform's agent id. */
  public LicensingView identify(
      long newHireId, String npn, String residentState, String agentId, Long version) {
    return change(
        newHireId,
        version,
        "Licensing identity changed",
        who -> {
          String resident = state(residentState, "residentState");
          String digits = npn == null || npn.isBlank() ? null : npn.strip();
          if (digits != null) {
            List<Long> others =
                em.createQuery(
                        "select l.id from Licensee l where l.npn = :n and l.id <> :me", Long.class)
                    .setParameter("n", digits)
                    .setParameter("me", who.id())
                    .getResultList();
            if (!others.isEmpty()) {
              throw new NpnTaken("NPN " + digits + " is recorded for another person.");
            }
          }
          String agent = agentId == null || agentId.isBlank() ? null : agentId.strip();
          if (agent != null
              && !em.createQuery(
                      "select l.id from Licensee l where l.agentId = :a and l.id <> :me",
                      Long.class)
                  .setParameter("a", agent)
                  .setParameter("me", who.id())
                  .getResultList()
                  .isEmpty()) {
            throw new AlreadyExists("Agent id " + agent + " is recorded for another person.");
          }
          who.identify(digits, resident, agent);
          if (resident != null && license(who, resident, false) == null) {
            em.persist(
                new StateLicense(
                    who,
                    resident,
                    Set.of(LineOfAuthority.PROPERTY, LineOfAuthority.CASUALTY),
                    today(who)));
          }
        });
  }

  /** Adds a state to the person's journey (a non-resident license the job needs later). */
  public LicensingView addState(long newHireId, String state, Set<LineOfAuthority> lines) {
    return change(
        newHireId,
        null,
        "State added to the licensing journey",
        who -> {
          String s = state(state, "state");
          if (s == null) {
            throw new InvalidInput("state", "is required");
          }
          StateLicense l = license(who, s, false);
          Set<LineOfAuthority> pc =
              LicensingData.pandc(lines.stream().map(LineOfAuthority::label).toList());
          if (l == null) {
            em.persist(new StateLicense(who, s, pc, today(who)));
          } else {
            l.requireLines(pc);
          }
        });
  }

  /** A step in one state, recorded by a function on the state's license. */
  public LicensingView step(long newHireId, String state, String what, Consumer<Step> step) {
    return change(
        newHireId,
        null,
        what,
        who -> {
          StateLicense l = license(who, state(state, "state"), true);
          boolean residentIssued =
              data.licenses(who).stream().anyMatch(x -> x.resident() && x.licenseIssued());
          step.accept(new Step(l, today(who), residentIssued, caller.user().email()));
        });
  }

  /** What a step function gets: the license, today in the class's zone, the resident license. */
  public record Step(StateLicense license, LocalDate today, boolean residentIssued, String by) {}

  public LicensingView earn(
      long newHireId, long certificationId, LocalDate earnedOn, LocalDate expiresOn) {
    return change(
        newHireId,
        null,
        "Certification recorded",
        who -> {
          Certification c = em.find(Certification.class, certificationId);
          if (c == null) {
            throw new InvalidInput("certificationId", "is not a certification");
          }
          LocalDate on = earnedOn == null ? today(who) : earnedOn;
          if (on.isAfter(today(who))) {
            throw new InvalidInput("earnedOn", "must not be in the future");
          }
          who.earn(c, on, expiresOn, caller.user().email());
        });
  }

  private LicensingView change(
      long newHireId, Long version, String summary, Consumer<Licensee> change) {
    AppUser me = caller.user();
    NewHire n = records.taughtHire(newHireId, me);
    Licensee who = open(n);
    if (version != null && version != who.version()) {
      throw new StaleEdit(
          "Someone changed this record since you loaded it. Reload it and apply your change again.",
          view(n, who, me, data.reference()));
    }
    Map<String, Object> before = who.auditState();
    List<Map<String, Object>> licensesBefore =
        data.licenses(who).stream().map(StateLicense::auditState).toList();
    change.accept(who);
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      // two people given one NPN at the same moment: the unique key decides, and says so
      String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (message.contains("licensee_npn_uq")) {
        throw new NpnTaken("NPN " + who.npn() + " is recorded for another person.");
      }
      if (message.contains("licensee_agent_uq")) {
        throw new AlreadyExists("Agent id " + who.agentId() + " is recorded for another person.");
      }
      throw e;
    }
    audit.updated(who, before, summary);
    List<StateLicense> after = data.licenses(who);
    for (int i = 0; i < after.size(); i++) {
      if (i >= licensesBefore.size() || !licensesBefore.get(i).equals(after.get(i).auditState())) {
        audit.updated(
            after.get(i), i < licensesBefore.size() ? licensesBefore.get(i) : Map.of(), summary);
      }
    }
    LicensingData.Reference reference = data.reference();
    recompute(who, reference);
    return view(n, who, me, reference);
  }

  /** Recomputes and stores one person's clearances. */
  void recompute(Licensee who, LicensingData.Reference reference) {
    List<StateLicense> licenses = data.licenses(who);
    Instant now = Instant.now();
    List<Journey.Outcome> outcomes = reference.evaluate(who, licenses, today(who));
    for (Journey.Outcome o : outcomes) {
      store(
          em,
          em.find(Clearance.class, new Clearance.Key(who.id(), o.state())),
          who.id(),
          who.newHire().id(),
          o,
          now);
    }
  }

  /** Stores an outcome in its clearance row (made when missing); answers whether it changed. */
  static boolean store(
      EntityManager em,
      Clearance stored,
      long licenseeId,
      long newHireId,
      Journey.Outcome o,
      Instant now) {
    if (stored != null) {
      return stored.set(o, now);
    }
    Clearance made = new Clearance(licenseeId, newHireId, o.state());
    made.set(o, now);
    em.persist(made);
    return true;
  }

  LicensingView view(NewHire n, Licensee who, AppUser me, LicensingData.Reference reference) {
    List<StateLicense> licenses = data.licenses(who);
    List<Journey.Outcome> outcomes = reference.evaluate(who, licenses, today(who));
    Candidate c = em.find(Candidate.class, n.candidateId());
    LocalDate hired = LocalDate.ofInstant(n.hiredAt(), n.trainingClass().zone());
    LocalDate firstLicense =
        licenses.stream()
            .map(StateLicense::licenseIssuedOn)
            .filter(d -> d != null)
            .min(LocalDate::compareTo)
            .orElse(null);
    List<LicensingView.StateView> states = new ArrayList<>();
    for (int i = 0; i < licenses.size(); i++) {
      states.add(LicensingView.StateView.of(licenses.get(i), outcomes.get(i), reference));
    }
    LocalDate firstCleared =
        states.stream()
            .filter(s -> s.cleared())
            .map(LicensingView.StateView::clearedSince)
            .filter(d -> d != null)
            .min(LocalDate::compareTo)
            .orElse(null);
    return new LicensingView(
        n.id(),
        n.fullName(),
        n.trainingClass().id(),
        n.trainingClass().name(),
        hired,
        who.npn(),
        who.residentState(),
        who.agentId(),
        c == null ? null : c.npn(),
        c == null ? List.of() : c.licensedStates(),
        reference.carriersOf(n.teamId()),
        states,
        LicensingView.CertificationView.of(reference.certifications(), who),
        evidence.of(who),
        firstLicense == null ? null : ChronoUnit.DAYS.between(hired, firstLicense),
        firstCleared == null ? null : ChronoUnit.DAYS.between(hired, firstCleared),
        deadlines.standing(List.of(n)).get(n.id()),
        org.floorready.training.control.TrainingAccess.canTeach(me, n.trainingClass()),
        who.version());
  }

  Licensee licensee(long newHireId) {
    return em
        .createQuery("select l from Licensee l where l.newHire.id = :n", Licensee.class)
        .setParameter("n", newHireId)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private StateLicense license(Licensee who, String state, boolean required) {
    StateLicense l =
        data.licenses(who).stream().filter(x -> x.state().equals(state)).findFirst().orElse(null);
    if (l == null && required) {
      throw new NotFoundException(
          "No license journey in " + state + " for this person; add the state first.");
    }
    return l;
  }

  private static String state(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String code = States.code(text);
    if (code == null) {
      throw new InvalidInput(field, "is not a US state or DC: " + text.strip());
    }
    return code;
  }

  static LocalDate today(Licensee who) {
    return LocalDate.now(who.newHire().trainingClass().zone());
  }
}
