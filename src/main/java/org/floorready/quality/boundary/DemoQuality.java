package org.floorready.quality.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Random;
import org.floorready.application.entity.Application;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.RecruitingSource;
import org.floorready.interview.entity.InterviewKind;
import org.floorready.interview.entity.Scorecard;
import org.floorready.platform.demo.SeedDemoData;
import org.floorready.quality.control.Kpi;
import org.floorready.quality.entity.KpiTarget;
import org.floorready.training.entity.NewHire;

/**
 * Demo floor KPIs: every graduate gets a week of KPIs for each full week since graduation (at most
 * 12), ramping up week by week; referrals convert best and agency hires worst, so the sources
 * differ visibly, and a stronger mock sales call or screening score sells a little more.
 */
@ApplicationScoped
public class DemoQuality {
  static final String SYSTEM = "Demo dialer";

  @PersistenceContext EntityManager em;

  @Transactional
  @ActivateRequestContext
  void seed(@Observes @Priority(800) SeedDemoData demo) {
    Random random = new Random(20);
    LocalDate thisMonday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    long importId = 1;
    em.createNativeQuery(
            "insert into kpi_import (id, source_system, file_name, imported_by, imported_at,"
                + " stored, rejected, version) values (?, ?, null, 'demo', current_timestamp, 0, 0, 0)")
        .setParameter(1, importId)
        .setParameter(2, SYSTEM)
        .executeUpdate();
    int stored = 0;
    for (NewHire n :
        em.createQuery("select n from NewHire n where n.graduatedOn is not null", NewHire.class)
            .getResultList()) {
      Candidate person = em.find(Candidate.class, n.candidateId());
      RecruitingSource source =
          person == null || person.recruitingSourceId() == null
              ? null
              : em.find(RecruitingSource.class, person.recruitingSourceId());
      double base =
          source == null
              ? 0.10
              : switch (source.kind()) {
                case REFERRAL -> 0.15;
                case AGENCY, BPO_VENDOR -> 0.07;
                default -> 0.11;
              };
      // a stronger mock sales call and a better screening score sell a little more
      Application hired = em.find(Application.class, n.applicationId());
      double rubric =
          em.createQuery(
                  "select s from Scorecard s, Interview i where s.interviewId = i.id"
                      + " and i.applicationId = :a and i.kind = :k",
                  Scorecard.class)
              .setParameter("a", n.applicationId())
              .setParameter("k", InterviewKind.MOCK_SALES_CALL)
              .getResultStream()
              .flatMap(card -> card.ratings().stream())
              .mapToInt(Scorecard.Rating::rating)
              .average()
              .orElse(2.75);
      int score = hired == null || hired.score() == null ? 70 : hired.score();
      double conversion =
          (base + 0.02 * (rubric - 2.75) + (score - 70) / 2000.0)
              * (0.92 + 0.16 * random.nextDouble());
      LocalDate week =
          n.graduatedOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
      for (int w = 1; w <= 12 && week.isBefore(thisMonday); w++, week = week.plusWeeks(1)) {
        double ramp = Math.min(1.0, 0.55 + 0.05 * w);
        int calls = (int) Math.round(150 * ramp + random.nextInt(20));
        int aht = (int) Math.round(520 - 12 * w + random.nextInt(40));
        em.createNativeQuery(
                "insert into floor_kpi (new_hire_id, period_start, period_days, calls_handled,"
                    + " aht_seconds, talk_seconds, hold_seconds, follow_ups, quotes, policies_sold,"
                    + " qa_score, adherence, source_system, import_id)"
                    + " values (?, ?, 7, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .setParameter(1, n.id())
            .setParameter(2, week)
            .setParameter(3, calls)
            .setParameter(4, aht)
            .setParameter(5, aht - 70 - random.nextInt(20))
            .setParameter(6, 25 + random.nextInt(20))
            .setParameter(7, 10 + random.nextInt(10))
            .setParameter(8, (int) Math.round(calls * conversion * 2.2))
            .setParameter(9, (int) Math.round(calls * conversion * ramp + random.nextInt(3)))
            .setParameter(10, BigDecimal.valueOf(78 + w + random.nextInt(8)))
            .setParameter(11, BigDecimal.valueOf(88 + random.nextInt(10)))
            .setParameter(12, SYSTEM)
            .setParameter(13, importId)
            .executeUpdate();
        stored++;
      }
    }
    java.util.List<Double> conversion = new java.util.ArrayList<>();
    java.util.List<Double> handle = new java.util.ArrayList<>();
    for (int w = 1; w <= 12; w++) {
      conversion.add(Math.min(14.0, 7.0 + w));
      handle.add((double) Math.max(420, 600 - 15 * w));
    }
    KpiTarget sales = new KpiTarget(Kpi.CONVERSION);
    sales.set(conversion, 3, "demo", java.time.Instant.now());
    em.persist(sales);
    KpiTarget aht = new KpiTarget(Kpi.AHT);
    aht.set(handle, 3, "demo", java.time.Instant.now());
    em.persist(aht);
    em.createNativeQuery("update kpi_import set stored = ? where id = ?")
        .setParameter(1, stored)
        .setParameter(2, importId)
        .executeUpdate();
  }
}
