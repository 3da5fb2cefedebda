package org.floorready.licensing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.floorready.licensing.control.Journey;
import org.floorready.licensing.entity.Carrier;
import org.floorready.licensing.entity.Certification;
import org.floorready.licensing.entity.Licensee;
import org.floorready.licensing.entity.LineOfAuthority;
import org.floorready.licensing.entity.StateLicense;
import org.floorready.licensing.entity.StateRequirement;

/**
 * The reference data the rules read — requirement versions, carriers, certifications — loaded in
 * three queries, and the facts of one state license put together from them. Used for one person as
 * for everyone at once (the daily recomputation).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LicensingData {
  @PersistenceContext EntityManager em;

  /** A snapshot of the reference data. */
  public record Reference(
      Map<String, List<StateRequirement>> versions,
      List<Carrier> carriers,
      List<Certification> certifications) {

    static String key(String state, LineOfAuthority line) {
      return state + "/" + line.name();
    }

    /**
     * The rules' requirement for a road: for each line it needs, the version in effect the day it
     * started, merged (the most any line asks; unknown when a line's value is).
     */
    public Journey.Requirement requirement(Journey.Road road) {
      List<StateRequirement> used = new ArrayList<>();
      for (LineOfAuthority line : road.requiredLines()) {
        StateRequirement.inEffect(
                versions.getOrDefault(key(road.state(), line), List.of()), road.startedOn())
            .ifPresent(used::add);
      }
      if (used.isEmpty()) {
        return Journey.Requirement.UNKNOWN;
      }
      Integer hours = 0;
      for (StateRequirement r : used) {
        Integer h = r.rules().prelicensingHours();
        hours = hours == null || h == null ? null : Math.max(hours, h);
      }
      return new Journey.Requirement(
          hours,
          any(used.stream().map(r -> r.rules().fingerprints()).toList()),
          any(used.stream().map(r -> r.rules().nonResidentExam()).toList()),
          any(used.stream().map(r -> r.rules().appointmentRequired()).toList()));
    }

    private static Boolean any(Collection<Boolean> values) {
      if (values.contains(Boolean.TRUE)) {
        return true;
      }
      return values.contains(null) ? null : false;
    }

    public List<String> carriersOf(Long teamId) {
      return carriers.stream().filter(c -> c.soldBy(teamId)).map(Carrier::name).sorted().toList();
    }

    /**
     * The certifications someone on a team needs in a state, as the person holds them (id → earned,
     * expires).
     */
    public List<Journey.Certification> certificationsFor(
        String state, Long teamId, Map<Long, LocalDate[]> earned) {
      return certifications.stream()
          .filter(c -> c.requiredFor(state, teamId))
          .map(
              c -> {
                LocalDate[] e = earned.get(c.id());
                return new Journey.Certification(
                    c.name(), e == null ? null : e[0], e == null ? null : e[1]);
              })
          .toList();
    }

    /** The outcome for each of one person's roads, in their order. */
    public List<Journey.Outcome> evaluate(
        String residentState,
        Long teamId,
        Map<Long, LocalDate[]> earned,
        List<Journey.Road> roads,
        LocalDate today) {
      LocalDate residentIssued =
          roads.stream()
              .filter(r -> r.state().equals(residentState) && r.license() != null)
              .map(r -> r.license().issuedOn())
              .findFirst()
              .orElse(null);
      List<String> carriers = carriersOf(teamId);
      return roads.stream()
          .map(
              r ->
                  Journey.evaluate(
                      new Journey.Facts(
                          r,
                          r.state().equals(residentState),
                          requirement(r),
                          carriers,
                          certificationsFor(r.state(), teamId, earned),
                          residentState,
                          residentIssued),
                      today))
          .toList();
    }

    /** The outcome for every state of one person, from the entities. */
    public List<Journey.Outcome> evaluate(
        Licensee who, List<StateLicense> licenses, LocalDate today) {
      Map<Long, LocalDate[]> earned = new HashMap<>();
      who.certifications()
          .forEach(
              e -> earned.put(e.certificationId(), new LocalDate[] {e.earnedOn(), e.expiresOn()}));
      return evaluate(
          who.residentState(),
          who.newHire().teamId(),
          earned,
          licenses.stream().map(StateLicense::road).toList(),
          today);
    }
  }

  public Reference reference() {
    Map<String, List<StateRequirement>> versions = new HashMap<>();
    for (StateRequirement r :
        em.createQuery("select r from StateRequirement r", StateRequirement.class)
            .getResultList()) {
      versions.computeIfAbsent(Reference.key(r.state(), r.line()), k -> new ArrayList<>()).add(r);
    }
    return new Reference(
        versions,
        em.createQuery("select c from Carrier c order by c.name", Carrier.class).getResultList(),
        em.createQuery("select c from Certification c order by c.name", Certification.class)
            .getResultList());
  }

  /** The person's licenses, the resident one first, then by state. */
  public List<StateLicense> licenses(Licensee who) {
    List<StateLicense> list =
        new ArrayList<>(
            em.createQuery(
                    "select l from StateLicense l where l.licensee = :w order by l.state",
                    StateLicense.class)
                .setParameter("w", who)
                .getResultList());
    list.sort(java.util.Comparator.comparing((StateLicense l) -> !l.resident()));
    return list;
  }

  /** The P&C lines a requisition's licenses name for a state (Property and Casualty if none). */
  static Set<LineOfAuthority> pandc(Collection<String> labels) {
    Set<LineOfAuthority> lines = java.util.EnumSet.noneOf(LineOfAuthority.class);
    labels.forEach(
        label ->
            LineOfAuthority.parse(label)
                .filter(LineOfAuthority::propertyAndCasualty)
                .ifPresent(lines::add));
    if (lines.isEmpty()) {
      lines.add(LineOfAuthority.PROPERTY);
      lines.add(LineOfAuthority.CASUALTY);
    }
    return lines;
  }
}
