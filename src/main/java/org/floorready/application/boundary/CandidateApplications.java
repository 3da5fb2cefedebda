package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.floorready.application.entity.Application;
import org.floorready.candidate.boundary.ApplicationsOfCandidate;
import org.floorready.candidate.boundary.CandidateView;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.CandidateErased;
import org.floorready.candidate.entity.CandidatesMerged;

/**
 * A person's applications as the candidate feature shows and merges them: on its profile page, and
 * when two records of one person are merged (applications, notes and stage history move to the
 * surviving record).
 */
@ApplicationScoped
@Transactional
public class CandidateApplications implements ApplicationsOfCandidate {
  @PersistenceContext EntityManager em;

  @Override
  public List<CandidateView.ApplicationView> of(long candidateId) {
    return of(em.getReference(Candidate.class, candidateId)).stream()
        .map(
            a ->
                new CandidateView.ApplicationView(
                    a.id(),
                    a.requisition().id(),
                    a.requisition().title(),
                    a.stage(),
                    a.source().name(),
                    a.appliedAt(),
                    a.knockedOut(),
                    a.knockoutReason()))
        .toList();
  }

  void onMerged(@Observes CandidatesMerged merged) {
    Candidate survivor = em.find(Candidate.class, merged.survivorId());
    of(em.getReference(Candidate.class, merged.mergedId())).forEach(a -> a.moveTo(survivor));
    em.createQuery("update Note n set n.candidateId = :s where n.candidateId = :o")
        .setParameter("s", merged.survivorId())
        .setParameter("o", merged.mergedId())
        .executeUpdate();
    em.createQuery("update StageChange c set c.candidateId = :s where c.candidateId = :o")
        .setParameter("s", merged.survivorId())
        .setParameter("o", merged.mergedId())
        .executeUpdate();
  }

  /** The person was erased: notes about them and their answers to the job's questions go. */
  void onErased(@Observes CandidateErased erased) {
    em.createQuery(
            "update Note n set n.body = '(erased)', n.mentions = null where n.candidateId = :c")
        .setParameter("c", erased.candidateId())
        .executeUpdate();
    of(em.getReference(Candidate.class, erased.candidateId())).forEach(Application::eraseAnswers);
  }

  private List<Application> of(Candidate candidate) {
    return em.createQuery(
            "select a from Application a where a.candidate = :c order by a.appliedAt desc",
            Application.class)
        .setParameter("c", candidate)
        .getResultList();
  }
}
