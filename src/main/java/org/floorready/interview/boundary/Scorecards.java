package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.floorready.application.boundary.Moves;
import org.floorready.interview.entity.Competency;
import org.floorready.interview.entity.Interview;
import org.floorready.interview.entity.InterviewNotScheduled;
import org.floorready.interview.entity.InterviewStatus;
import org.floorready.interview.entity.Recommendation;
import org.floorready.interview.entity.Scorecard;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;

/**
 * Scorecards: each interviewer fills their own; someone who interviewed the candidate sees the
 * others' only once their own is in (so no one is swayed); the hiring team sees them all with a
 * summary that points out where interviewers disagree.
 */
@ApplicationScoped
@Transactional
public class Scorecards {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject Moves moves;
  @Inject AuditTrail audit;

  public record CompetencyView(String key, String label, String guide) {}

  public record RatingView(String competency, String label, int rating, String note) {}

  public record ScorecardView(
      long interviewId,
      long interviewerId,
      String interviewer,
      String recommendation,
      List<RatingView> ratings,
      String note,
      Instant submittedAt,
      long version) {}

  /** The form of one interview's scorecard, and the caller's own if filled. */
  public record Form(
      long interviewId, String kind, List<CompetencyView> competencies, ScorecardView mine) {}

  /** How the competencies and recommendations of all scorecards of an application compare. */
  public record ScorecardSummary(
      List<ScorecardView> scorecards,
      int hidden,
      List<CompetencySummary> competencies,
      Map<String, Integer> recommendations,
      boolean recommendationsDisagree) {}

  public record CompetencySummary(
      String competency,
      String label,
      double average,
      int lowest,
      int highest,
      boolean disagreement) {}

  public Form form(long interviewId) {
    Interview interview = seated(interviewId);
    AppUser me = caller.user();
    return new Form(
        interviewId,
        interview.kind().name(),
        Competency.of(interview.kind()).stream()
            .map(c -> new CompetencyView(c.name(), c.label(), c.guide()))
            .toList(),
        mine(interviewId, me.id()).map(s -> view(s, me)).orElse(null));
  }

  public ScorecardView submit(
      long interviewId,
      List<Scorecard.Rating> ratings,
      Recommendation recommendation,
      String note) {
    Interview interview = seated(interviewId);
    if (interview.status() == InterviewStatus.CANCELLED) {
      throw new InterviewNotScheduled(
          "Interview " + interviewId + " was cancelled: there is nothing to score.");
    }
    AppUser me = caller.user();
    Scorecard scorecard = mine(interviewId, me.id()).orElse(null);
    boolean created = scorecard == null;
    var before = created ? null : scorecard.auditState();
    if (created) {
      scorecard = new Scorecard(interviewId, me.id());
    }
    scorecard.fill(interview.kind(), ratings, recommendation, note, Instant.now());
    if (created) {
      em.persist(scorecard);
      em.flush();
      audit.created(scorecard);
    } else {
      em.flush();
      audit.updated(scorecard, before);
    }
    return view(scorecard, me);
  }

  public ScorecardSummary ofApplication(long applicationId) {
    AppUser me = caller.user();
    List<Interview> interviews =
        em.createNamedQuery(Interview.OF_APPLICATION, Interview.class)
            .setParameter("application", applicationId)
            .getResultList();
    boolean interviewed = interviews.stream().anyMatch(i -> i.seats(me.id()));
    if (!interviewed) {
      moves.visible(applicationId, me, false);
    }
    List<Scorecard> all =
        interviews.isEmpty()
            ? List.of()
            : em.createNamedQuery(Scorecard.BY_INTERVIEWS, Scorecard.class)
                .setParameter("interviews", interviews.stream().map(Interview::id).toList())
                .getResultList();
    boolean ownIn = all.stream().anyMatch(s -> s.interviewerId() == me.id());
    List<Scorecard> shown = interviewed && !ownIn ? List.of() : all;
    List<ScorecardView> views = new ArrayList<>();
    for (Scorecard s : shown) {
      views.add(view(s, em.find(AppUser.class, s.interviewerId())));
    }
    Map<Competency, List<Integer>> byCompetency = new EnumMap<>(Competency.class);
    Map<String, Integer> recommendations = new java.util.LinkedHashMap<>();
    for (Scorecard s : shown) {
      s.ratings()
          .forEach(
              r ->
                  byCompetency
                      .computeIfAbsent(r.competency(), c -> new ArrayList<>())
                      .add(r.rating()));
      recommendations.merge(s.recommendation().name(), 1, Integer::sum);
    }
    List<CompetencySummary> competencies = new ArrayList<>();
    byCompetency.forEach(
        (c, ratings) -> {
          int low = ratings.stream().mapToInt(Integer::intValue).min().orElse(0);
          int high = ratings.stream().mapToInt(Integer::intValue).max().orElse(0);
          double average = ratings.stream().mapToInt(Integer::intValue).average().orElse(0);
          competencies.add(
              new CompetencySummary(
                  c.name(),
                  c.label(),
                  Math.round(average * 10) / 10.0,
                  low,
                  high,
                  high - low >= 2));
        });
    boolean split =
        shown.stream().anyMatch(s -> s.recommendation().hire())
            && shown.stream().anyMatch(s -> !s.recommendation().hire());
    return new ScorecardSummary(
        views, all.size() - shown.size(), competencies, recommendations, split);
  }

  /** Interviews the caller sat in that have started and still wait for their scorecard. */
  public List<Long> due() {
    AppUser me = caller.user();
    return em.createQuery(
            "select i.id from Interview i join i.seats s where s.userId = :me and i.status = :scheduled"
                + " and i.startsAt < :now and not exists (select c from Scorecard c where"
                + " c.interviewId = i.id and c.interviewerId = :me) order by i.startsAt",
            Long.class)
        .setParameter("me", me.id())
        .setParameter("scheduled", InterviewStatus.SCHEDULED)
        .setParameter("now", Instant.now())
        .getResultList();
  }

  private Interview seated(long interviewId) {
    Interview interview = em.find(Interview.class, interviewId);
    if (interview == null || !interview.seats(caller.user().id())) {
      throw new NotFoundException("No interview " + interviewId + " of yours.");
    }
    return interview;
  }

  private java.util.Optional<Scorecard> mine(long interviewId, long userId) {
    return em.createNamedQuery(Scorecard.BY_INTERVIEW, Scorecard.class)
        .setParameter("interview", interviewId)
        .getResultStream()
        .filter(s -> s.interviewerId() == userId)
        .findFirst();
  }

  private static ScorecardView view(Scorecard s, AppUser interviewer) {
    return new ScorecardView(
        s.interviewId(),
        s.interviewerId(),
        interviewer == null ? "Former user" : interviewer.displayName(),
        s.recommendation().name(),
        s.ratings().stream()
            .map(
                r ->
                    new RatingView(
                        r.competency().name(), r.competency().label(), r.rating(), r.note()))
            .toList(),
        s.note(),
        s.submittedAt(),
        s.version());
  }
}
