package org.floorready.licensing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.floorready.licensing.control.RequirementsCsv;
import org.floorready.licensing.control.States;
import org.floorready.licensing.entity.LineOfAuthority;
import org.floorready.licensing.entity.RequirementsCsvInvalid;
import org.floorready.licensing.entity.StateRequirement;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.StaleEdit;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.Role;

/**
 * The state requirements: read by everyone who works on licensing, changed by admins one version at
 * a time or as a whole CSV (all rows or none). A new effective date adds a version; the same date
 * corrects that version.
 */
@ApplicationScoped
@Transactional
public class Requirements {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject Clearances clearances;

  /** One version as shown. */
  public record RequirementView(
      long id,
      String state,
      String stateName,
      String line,
      String lineLabel,
      LocalDate effectiveFrom,
      boolean current,
      StateRequirement.Values values,
      String changedBy,
      Instant changedAt,
      long version) {}

  /** Every version, or one state's; the current one of each state and line marked. */
  public List<RequirementView> list(String state, boolean currentOnly) {
    String code = state == null || state.isBlank() ? null : States.code(state);
    if (state != null && !state.isBlank() && code == null) {
      throw new InvalidInput("state", "is not a US state or DC");
    }
    var query =
        em.createQuery(
            "select r from StateRequirement r"
                + (code == null ? "" : " where r.state = :s")
                + " order by r.state, r.line, r.effectiveFrom",
            StateRequirement.class);
    if (code != null) {
      query.setParameter("s", code);
    }
    List<StateRequirement> all = query.getResultList();
    LocalDate today = LocalDate.now(caller.zone());
    Map<String, List<StateRequirement>> byKey =
        all.stream().collect(Collectors.groupingBy(r -> r.state() + r.line()));
    return all.stream()
        .map(
            r -> {
              boolean current =
                  StateRequirement.inEffect(byKey.get(r.state() + r.line()), today)
                      .map(x -> x.id().equals(r.id()))
                      .orElse(false);
              return new RequirementView(
                  r.id(),
                  r.state(),
                  States.all().get(r.state()),
                  r.line().name(),
                  r.line().label(),
                  r.effectiveFrom(),
                  current,
                  r.values(),
                  r.changedBy(),
                  r.changedAt(),
                  r.version());
            })
        .filter(v -> !currentOnly || v.current())
        .toList();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public RequirementView change(
      String state, LineOfAuthority line, LocalDate from, StateRequirement.Values values) {
    String code = States.code(state);
    if (code == null) {
      throw new InvalidInput("state", "is not a US state or DC");
    }
    StateRequirement r = orStale(() -> put(code, line, from, values));
    clearances.recomputeAll();
    return list(code, false).stream().filter(v -> v.id() == r.id()).findFirst().orElseThrow();
  }

  public String csv() {
    return RequirementsCsv.write(
        em.createQuery(
                "select r from StateRequirement r order by r.state, r.line, r.effectiveFrom",
                StateRequirement.class)
            .getResultList());
  }

  /** Imports a CSV whole: every row valid, or nothing changes. Answers how many rows. */
  @RolesAllowed(Role.ADMIN_NAME)
  public int importCsv(String text) {
    RequirementsCsv.Read read = RequirementsCsv.read(text);
    if (!read.problems().isEmpty()) {
      throw new RequirementsCsvInvalid(
          read.problems().stream()
              .sorted(Comparator.comparingLong(RequirementsCsv.RowProblem::line))
              .map(p -> "line " + p.line() + ": " + p.problem())
              .toList());
    }
    orStale(
        () -> {
          read.rows()
              .forEach(row -> put(row.state(), row.line(), row.effectiveFrom(), row.values()));
          return null;
        });
    clearances.recomputeAll();
    return read.rows().size();
  }

  /**
   * Writes and flushes; two writers adding the same version at once meet at the unique key, and the
   * one that loses is told (409), nothing of its request saved.
   */
  private <T> T orStale(java.util.function.Supplier<T> write) {
    try {
      T result = write.get();
      em.flush();
      return result;
    } catch (jakarta.persistence.PersistenceException e) {
      throw new StaleEdit(
          "Someone changed the same requirement version at this moment; nothing was saved. Reload"
              + " and try again.");
    }
  }

  private StateRequirement put(
      String state, LineOfAuthority line, LocalDate from, StateRequirement.Values values) {
    String by = caller.user().email();
    Instant now = Instant.now();
    StateRequirement existing =
        em
            .createQuery(
                "select r from StateRequirement r where r.state = :s and r.line = :l"
                    + " and r.effectiveFrom = :f",
                StateRequirement.class)
            .setParameter("s", state)
            .setParameter("l", line)
            .setParameter("f", from)
            .getResultList()
            .stream()
            .findFirst()
            .orElse(null);
    if (existing == null) {
      StateRequirement r = new StateRequirement(state, line, from, values, by, now);
      em.persist(r);
      audit.created(r);
      return r;
    }
    if (!existing.values().equals(values)) {
      Map<String, Object> before = existing.auditState();
      existing.set(values, by, now);
      audit.updated(existing, before, "State requirement corrected");
    }
    return existing;
  }
}
