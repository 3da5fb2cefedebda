package org.floorready.pipeline.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.floorready.candidate.entity.Application;
import org.floorready.candidate.entity.CandidateMerged;
import org.floorready.candidate.entity.ProfileChanged;
import org.floorready.pipeline.control.ScreeningInput;
import org.floorready.pipeline.control.ScreeningJson;
import org.floorready.pipeline.control.ScreeningResult;
import org.floorready.pipeline.control.ScreeningScorer;
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
        .setParameter("c", changed.candidateId()).getResultList().forEach(ScoreKeeper::rescore);
  }

  void onCriteriaChanged(@Observes CriteriaChanged changed) {
    List<Application> all = em.createQuery(
            "select a from Application a join fetch a.candidate where a.requisition.id = :r", Application.class)
        .setParameter("r", changed.requisitionId()).getResultList();
    all.forEach(ScoreKeeper::rescore);
  }

  void onMerged(@Observes CandidateMerged merged) {
    em.createQuery("update Note n set n.candidateId = :s where n.candidateId = :o")
        .setParameter("s", merged.survivorId()).setParameter("o", merged.mergedId()).executeUpdate();
    em.createQuery("update StageChange c set c.candidateId = :s where c.candidateId = :o")
        .setParameter("s", merged.survivorId()).setParameter("o", merged.mergedId()).executeUpdate();
  }

  static void rescore(Application a) {
    ScreeningResult result = ScreeningScorer.score(a.requisition().criteria(), ScreeningInput.of(a.candidate()));
    a.scored(result.score(), result.unmetMustHaves(), ScreeningJson.write(result.lines()));
  }
}
