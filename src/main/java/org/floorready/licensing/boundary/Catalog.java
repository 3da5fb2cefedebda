package org.floorready.licensing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.floorready.licensing.control.States;
import org.floorready.licensing.entity.Carrier;
import org.floorready.licensing.entity.Certification;
import org.floorready.platform.AlreadyExists;
import org.floorready.platform.InvalidInput;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.entity.Role;
import org.floorready.security.entity.Team;

/** The carriers teams sell for and the certifications agents need: read by all, kept by admins. */
@ApplicationScoped
@Transactional
public class Catalog {
  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clearances clearances;

  /** A carrier as listed. */
  public record CarrierView(long id, String name, List<Long> teamIds, boolean active) {
    static CarrierView of(Carrier c) {
      return new CarrierView(c.id(), c.name(), c.teamIds().stream().sorted().toList(), c.active());
    }
  }

  /** A certification as listed. */
  public record CertificationItem(
      long id,
      String name,
      String kind,
      Integer validityMonths,
      List<String> states,
      List<Long> teamIds,
      boolean active) {
    static CertificationItem of(Certification c) {
      return new CertificationItem(
          c.id(),
          c.name(),
          c.kind().name(),
          c.validityMonths(),
          c.states().stream().sorted().toList(),
          c.teamIds().stream().sorted().toList(),
          c.active());
    }
  }

  /** Both lists. */
  public record CatalogView(List<CarrierView> carriers, List<CertificationItem> certifications) {}

  public CatalogView list() {
    return new CatalogView(
        em
            .createQuery("select c from Carrier c order by c.name", Carrier.class)
            .getResultList()
            .stream()
            .map(CarrierView::of)
            .toList(),
        em
            .createQuery("select c from Certification c order by c.name", Certification.class)
            .getResultList()
            .stream()
            .map(CertificationItem::of)
            .toList());
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public CarrierView addCarrier(String name, Set<Long> teamIds) {
    checkTeams(teamIds);
    uniqueName(Carrier.class, "A carrier", name, null);
    Carrier c = new Carrier(name, teamIds);
    em.persist(c);
    flushUnique("A carrier", name);
    audit.created(c);
    clearances.recomputeAll();
    return CarrierView.of(c);
  }

  /**
   * Renames a carrier, changes the teams selling for it, or retires it (appointments with a retired
   * carrier are no longer needed; the ones recorded stay).
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public CarrierView changeCarrier(long id, String name, Set<Long> teamIds, boolean active) {
    Carrier c = em.find(Carrier.class, id);
    if (c == null) {
      throw new NotFoundException("No carrier " + id + ".");
    }
    checkTeams(teamIds);
    uniqueName(Carrier.class, "A carrier", name, id);
    Map<String, Object> before = c.auditState();
    c.define(name, teamIds, active);
    flushUnique("A carrier", name);
    audit.updated(c, before);
    clearances.recomputeAll();
    return CarrierView.of(c);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public CertificationItem addCertification(CertificationEdit edit) {
    Set<String> codes = check(edit);
    uniqueName(Certification.class, "A certification", edit.name(), null);
    Certification c =
        new Certification(edit.name(), edit.kind(), edit.validityMonths(), codes, edit.teamIds());
    em.persist(c);
    flushUnique("A certification", edit.name());
    audit.created(c);
    clearances.recomputeAll();
    return CertificationItem.of(c);
  }

  /**
   * Changes a certification, or retires it: a retired one is needed nowhere, and the people who
   * earned it keep the record. Expiry dates already recorded stay as they were.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public CertificationItem changeCertification(long id, CertificationEdit edit, boolean active) {
    Certification c = em.find(Certification.class, id);
    if (c == null) {
      throw new NotFoundException("No certification " + id + ".");
    }
    Set<String> codes = check(edit);
    uniqueName(Certification.class, "A certification", edit.name(), id);
    Map<String, Object> before = c.auditState();
    c.define(edit.name(), edit.kind(), edit.validityMonths(), codes, edit.teamIds(), active);
    flushUnique("A certification", edit.name());
    audit.updated(c, before);
    clearances.recomputeAll();
    return CertificationItem.of(c);
  }

  /** What an admin says about a certification. */
  public record CertificationEdit(
      String name,
      Certification.Kind kind,
      Integer validityMonths,
      Set<String> states,
      Set<Long> teamIds) {}

  private Set<String> check(CertificationEdit edit) {
    Set<String> codes = new TreeSet<>();
    for (String s : edit.states()) {
      String code = States.code(s);
      if (code == null) {
        throw new InvalidInput("states", "is not a US state or DC: " + s);
      }
      codes.add(code);
    }
    Integer months = edit.validityMonths();
    if (months != null && (months < 1 || months > 120)) {
      throw new InvalidInput("validityMonths", "must be 1 to 120, or empty for no expiry");
    }
    checkTeams(edit.teamIds());
    return codes;
  }

  private void checkTeams(Set<Long> teamIds) {
    for (Long t : teamIds) {
      if (em.find(Team.class, t) == null) {
        throw new InvalidInput("teamIds", "no team " + t);
      }
    }
  }

  /** Two admins saving one name at the same moment: the unique key decides, and says so. */
  private void flushUnique(String what, String name) {
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException changedMeanwhile) {
      throw changedMeanwhile;
    } catch (jakarta.persistence.PersistenceException sameNameMeanwhile) {
      throw new AlreadyExists(what + " named " + name + " exists.");
    }
  }

  private void uniqueName(Class<?> type, String what, String name, Long except) {
    if (!em.createQuery(
            "select c.id from "
                + type.getSimpleName()
                + " c where lower(c.name) = lower(:n) and c.id <> :except",
            Long.class)
        .setParameter("n", name)
        .setParameter("except", except == null ? -1L : except)
        .getResultList()
        .isEmpty()) {
      throw new AlreadyExists(what + " named " + name + " exists.");
    }
  }
}
