package org.floorready.licensing.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.floorready.licensing.entity.Carrier;
import org.floorready.licensing.entity.Certification;
import org.floorready.licensing.entity.Licensee;
import org.floorready.licensing.entity.LicensingDeadline;
import org.floorready.licensing.entity.StateLicense;
import org.floorready.platform.demo.SeedDemoData;
import org.floorready.security.entity.Team;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.NewHireStatus;

/**
 * Demo licensing: two carriers, three certifications, and every demo new hire's journey at a step
 * that fits their class — graduates licensed and appointed (one license lapsed, one certification
 * expiring within the month), people in a running class between the course and the exam, the newest
 * class at the start.
 */
@ApplicationScoped
public class DemoLicensing {
  static final String DEMO = "demo";

  @PersistenceContext EntityManager em;
  @Inject Journeys journeys;
  @Inject LicensingData data;

  @Transactional
  @ActivateRequestContext
  void seed(@Observes @Priority(700) SeedDemoData demo) {
    Set<Long> teams =
        em.createQuery("select t from Team t", Team.class).getResultList().stream()
            .map(Team::id)
            .collect(Collectors.toSet());
    em.persist(new Carrier("Harbor Mutual", teams));
    Certification tcpa =
        new Certification(
            "TCPA and do-not-call", Certification.Kind.COMPLIANCE, 12, Set.of(), Set.of());
    Certification quoting =
        new Certification("Quoting system", Certification.Kind.SYSTEMS, null, Set.of(), Set.of());
    em.persist(tcpa);
    em.persist(quoting);
    em.persist(
        new Certification(
            "Florida windstorm products", Certification.Kind.PRODUCT, 24, Set.of("FL"), Set.of()));
    for (Long requisition :
        em.createQuery("select distinct r.id from Requisition r join r.licenses l", Long.class)
            .getResultList()) {
      em.persist(new LicensingDeadline(requisition, 45, DEMO));
    }
    em.flush();
    List<NewHire> hires =
        em.createQuery(
                "select n from NewHire n join fetch n.trainingClass c order by c.startDate, n.id",
                NewHire.class)
            .getResultList();
    int graduates = 0;
    int learners = 0;
    for (NewHire n : hires) {
      Licensee who = journeys.open(n);
      LocalDate today = Journeys.today(who);
      LocalDate hired = LocalDate.ofInstant(n.hiredAt(), n.trainingClass().zone());
      List<StateLicense> licenses = data.licenses(who);
      StateLicense resident =
          licenses.stream().filter(StateLicense::resident).findFirst().orElse(null);
      if (resident == null) {
        continue;
      }
      if (n.status() == NewHireStatus.GRADUATED) {
        who.identify(String.valueOf(17_000_000 + n.id()), who.residentState(), "AG-" + n.id());
        LocalDate issued = min(max(hired.plusDays(30), today.minusDays(120)), today.minusDays(2));
        licensed(
            resident, issued, today, graduates == 1 ? today.minusDays(1) : issued.plusYears(2));
        who.earn(
            tcpa,
            graduates == 0 ? today.minusMonths(12).plusDays(20) : today.minusDays(30),
            null,
            DEMO);
        who.earn(quoting, today.minusDays(60), null, DEMO);
        graduates++;
      } else if (n.status() == NewHireStatus.IN_TRAINING || n.status() == NewHireStatus.NESTING) {
        LocalDate start = n.trainingClass().startDate();
        if (start.isAfter(today.minusDays(10))) {
          continue;
        }
        resident.prelicensing("ExamFX", 40, start.plusDays(5), today);
        if (learners++ % 4 == 3) {
          // licensed at hire, verified: cleared while still in class
          who.identify(String.valueOf(17_000_000 + n.id()), who.residentState(), "AG-" + n.id());
          licensed(
              resident, min(hired.minusDays(200), today.minusDays(2)), today, today.plusYears(1));
          who.earn(tcpa, today.minusDays(10), null, DEMO);
          who.earn(quoting, today.minusDays(9), null, DEMO);
          em.flush();
          journeys.recompute(who, data.reference());
          continue;
        }
        switch (learners % 4) {
          case 1 ->
              resident.exam(
                  "Pearson VUE", today.plusDays(4), null, null, null, DEMO, Instant.now(), today);
          case 2 -> {
            resident.exam(
                "Pearson VUE",
                today.minusDays(6),
                today.minusDays(6),
                false,
                61,
                DEMO,
                Instant.now(),
                today);
            resident.exam(
                "Pearson VUE", today.plusDays(8), null, null, null, DEMO, Instant.now(), today);
          }
          default -> {
            resident.exam(
                "Pearson VUE",
                today.minusDays(3),
                today.minusDays(3),
                true,
                84,
                DEMO,
                Instant.now(),
                today);
            resident.fingerprints(today.minusDays(2), today);
          }
        }
      }
      em.flush();
      journeys.recompute(who, data.reference());
    }
  }

  private void licensed(StateLicense l, LocalDate issued, LocalDate today, LocalDate expires) {
    LocalDate done = issued.minusDays(20);
    l.prelicensing("ExamFX", 40, done.minusDays(5), today);
    l.exam("Pearson VUE", done, done, true, 82, DEMO, Instant.now(), today);
    l.fingerprints(done.plusDays(2), today);
    l.apply(done.plusDays(4), "NIPR-" + l.state() + "-" + done.getDayOfYear(), true, today);
    l.issue(
        l.state() + "-" + (1_000_000 + l.id()),
        l.requiredLines(),
        issued,
        expires.isAfter(issued) ? expires : issued.plusDays(1),
        true,
        today);
    l.appoint(
        "Harbor Mutual",
        issued.plusDays(3).isAfter(today) ? today : issued.plusDays(3),
        null,
        today);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
