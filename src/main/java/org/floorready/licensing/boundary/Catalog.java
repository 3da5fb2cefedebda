package org.floorready.licensing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
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
      boolean active) {
    static CertificationItem of(Certification c) {
      return new CertificationItem(
          c.id(),
          c.name(),
          c.kind().name(),
          c.validityMonths(),
          c.states().stream().sorted().toList(),
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
    for (Long t : teamIds) {
      if (em.find(Team.class, t) == null) {
        throw new InvalidInput("teamIds", "no team " + t);
      }
    }
    if (!em.createQuery("select c.id from Carrier c where lower(c.name) = lower(:n)", Long.class)
        .setParameter("n", name)
        .getResultList()
        .isEmpty()) {
      throw new AlreadyExists("A carrier named " + name + " exists.");
    }
    Carrier c = new Carrier(name, teamIds);
    em.persist(c);
    em.flush();
    audit.created(c);
    clearances.recomputeAll();
    return CarrierView.of(c);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public CertificationItem addCertification(
      String name, Certification.Kind kind, Integer validityMonths, Set<String> states) {
    Set<String> codes = new TreeSet<>();
    for (String s : states) {
      String code = States.code(s);
      if (code == null) {
        throw new InvalidInput("states", "is not a US state or DC: " + s);
      }
      codes.add(code);
    }
    if (validityMonths != null && (validityMonths < 1 || validityMonths > 120)) {
      throw new InvalidInput("validityMonths", "must be 1 to 120, or empty for no expiry");
    }
    if (!em.createQuery(
            "select c.id from Certification c where lower(c.name) = lower(:n)", Long.class)
        .setParameter("n", name)
        .getResultList()
        .isEmpty()) {
      throw new AlreadyExists("A certification named " + name + " exists.");
    }
    Certification c = new Certification(name, kind, validityMonths, codes);
    em.persist(c);
    em.flush();
    audit.created(c);
    clearances.recomputeAll();
    return CertificationItem.of(c);
  }
}
