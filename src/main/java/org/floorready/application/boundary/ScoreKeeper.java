package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.floorready.application.control.ScreeningInput;
import org.floorready.application.control.ScreeningJson;
import org.floorready.application.control.ScreeningResult;
import org.floorready.application.control.ScreeningScorer;
import org.floorready.application.entity.Application;
import org.floorready.candidate.entity.ProfileChanged;
import org.floorready.requisition.entity.CriteriaChanged;

/**
 * Keeps screening scores current: when a profile changes (parse, correction, merge, a new
 * application) or a requisition's criteria change, the affected applications are scored again in
 * the same transaction.
 */
@ApplicationScoped
@Transactional
public class ScoreKeeper {
  @PersistenceContext EntityManager em;

  void onProfileChanged(@Observes ProfileChanged changed) {
    em.createQuery("select a from Application a where a.candidate.id = :c", Application.class)
        .setParameter("c", changed.candidateId())
        .getResultList()
        .forEach(ScoreKeeper::rescore);
  }

  void onCriteriaChanged(@Observes CriteriaChanged changed) {
    List<Application> all =
        em.createQuery(
                "select a from Application a join fetch a.candidate where a.requisition.id = :r",
                Application.class)
            .setParameter("r", changed.requisitionId())
            .getResultList();
    all.forEach(ScoreKeeper::rescore);
  }

  static void rescore(Application a) {
    ScreeningResult result =
        ScreeningScorer.score(a.requisition().criteria(), ScreeningInput.of(a.candidate()));
    a.scored(result.score(), result.unmetMustHaves(), ScreeningJson.write(result.lines()));
  }
}
