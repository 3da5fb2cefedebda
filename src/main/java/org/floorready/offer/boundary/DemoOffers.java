package org.floorready.offer.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.floorready.application.entity.Application;
import org.floorready.application.entity.ApplicationStage;
import org.floorready.offer.control.LetterPdf;
import org.floorready.offer.entity.Offer;
import org.floorready.platform.demo.SeedDemoData;
import org.floorready.requisition.entity.PayBasis;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.entity.Role;
import org.floorready.training.entity.TrainingClass;

/**
 * Demo offers into the upcoming class: one sent and waiting for the candidate's answer, one above
 * the pay range waiting for approval.
 */
@ApplicationScoped
public class DemoOffers {
  @PersistenceContext EntityManager em;

  @Transactional
  void seed(@Observes @Priority(600) SeedDemoData demo) {
    List<TrainingClass> upcoming =
        em.createQuery(
                "select c from TrainingClass c where c.startDate > current_date order by c.startDate",
                TrainingClass.class)
            .getResultList();
    List<Application> inOffer =
        em.createQuery(
                "select a from Application a where a.stage = :s order by a.id", Application.class)
            .setParameter("s", ApplicationStage.OFFER.name())
            .getResultList();
    if (upcoming.isEmpty() || inOffer.size() < 2) {
      return;
    }
    TrainingClass c = upcoming.get(0);
    Instant now = Instant.now();
    Instant expires = c.startDate().minusDays(7).atTime(17, 0).atZone(c.zone()).toInstant();
    Application sent = inOffer.get(0);
    Offer offer = offer(sent, c, sent.requisition().payMin(), expires, List.of(), now);
    String text =
        "Dear "
            + sent.candidate().fullName()
            + ",\n\nwe are pleased to offer you the position of "
            + sent.requisition().title()
            + ".\n\nPay: $"
            + offer.payAmount().toPlainString()
            + " per hour\nShift: "
            + offer.shift()
            + "\nFirst day: "
            + c.startDate()
            + ", when your training class "
            + c.name()
            + " starts.";
    offer.send(
        text,
        LetterPdf.render("Your offer: " + sent.requisition().title(), text),
        now.minus(Duration.ofDays(1)));
    Application high = inOffer.get(1);
    Requisition r = high.requisition();
    BigDecimal above =
        r.payMax() == null ? new BigDecimal("30.00") : r.payMax().add(new BigDecimal("1.50"));
    offer(
        high,
        c,
        above,
        expires,
        List.of(
            new Offer.Approver(
                r.hiringManager(), r.hiringManager() == null ? Role.HIRING_MANAGER : null)),
        now);
  }

  private Offer offer(
      Application a,
      TrainingClass c,
      BigDecimal pay,
      Instant expires,
      List<Offer.Approver> chain,
      Instant now) {
    Requisition r = a.requisition();
    Offer offer =
        new Offer(
            a.id(),
            r.id(),
            new Offer.Terms(
                r.payBasis() == null ? PayBasis.HOURLY : r.payBasis(),
                pay == null ? new BigDecimal("19.00") : pay,
                "USD",
                r.shift() == null ? "Mon–Fri 9:00–17:30" : r.shift(),
                r.workMode(),
                r.site(),
                c.id(),
                c.startDate(),
                expires,
                null),
            !chain.isEmpty(),
            chain,
            "riley.recruiter@floorready.example.com",
            now.minus(Duration.ofDays(2)));
    em.persist(offer);
    em.flush();
    return offer;
  }
}
