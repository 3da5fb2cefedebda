package org.floorready.candidate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.floorready.candidate.control.CandidateSearch;
import org.floorready.candidate.control.ProfileJson;
import org.floorready.candidate.entity.AlreadyMerged;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.CandidateEvent;
import org.floorready.candidate.entity.CandidateEventType;
import org.floorready.candidate.entity.CandidatesMerged;
import org.floorready.candidate.entity.MergeWithItself;
import org.floorready.candidate.entity.ProfileChanged;
import org.floorready.candidate.entity.ResumeDocument;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.requisition.control.RequisitionAccess;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.control.DisplayNames;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/**
 * Finding, reading and merging people; every read and change is audited. Corrections: {@link
 * ProfileCorrections}.
 */
@ApplicationScoped
@Transactional
public class Candidates {
  @PersistenceContext EntityManager em;
  @Inject CandidateSearch search;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject DisplayNames names;
  @Inject Timeline timeline;
  @Inject Event<ProfileChanged> profileChanged;
  @Inject Event<CandidatesMerged> merged;
  @Inject ProfileCorrections corrections;
  @Inject Instance<ApplicationsOfCandidate> applications;

  public Page<Candidate> search(CandidateSearch.Criteria criteria, PageRequest page) {
    CandidateSearch.Result result =
        search.search(criteria, caller.zone(), page.offset(), page.size());
    return Page.of(inOrder(result.ids()), page, result.total(), result.totalCapped());
  }

  /**
   * Three queries for the whole page (candidates, emails, phones; not three per candidate), in the
   * order of the ids.
   */
  private List<Candidate> inOrder(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Candidate> byId =
        em.createNamedQuery(Candidate.WITH_CONTACTS, Candidate.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(Candidate::id, c -> c, (a, b) -> a));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /**
   * The profile as the caller may see it: recruiters and admins whole; a hiring manager or an
   * interviewer only a person with an application to a requisition they see, and of the person's
   * applications and timeline only what concerns those (404 for anyone else).
   */
  public CandidateView.Detail detail(long id) {
    Candidate candidate = get(id);
    AppUser me = caller.user();
    List<CandidateView.ApplicationView> applications = applicationsOf(id);
    List<CandidateEvent> events = events(id);
    if (!seesEveryone(me)) {
      applications = visibleApplications(me, id, applications);
      Set<Long> seen =
          applications.stream().map(CandidateView.ApplicationView::id).collect(Collectors.toSet());
      events =
          events.stream()
              .filter(e -> e.applicationId() == null || seen.contains(e.applicationId()))
              .toList();
    }
    audit.read(candidate, "Viewed profile");
    return CandidateView.Detail.of(
        candidate,
        applications,
        documents(candidate),
        events,
        names.of(
            Stream.concat(
                    events.stream().map(CandidateEvent::actor),
                    ProfileJson.notes(candidate.correctionNotesJson()).fields().values().stream()
                        .map(note -> note.by()))
                .toList()));
  }

  /** Recruiters and admins see every person; everyone else only through an application. */
  static boolean seesEveryone(AppUser user) {
    return user.hasRole(Role.ADMIN) || user.hasRole(Role.RECRUITER);
  }

  private List<CandidateView.ApplicationView> visibleApplications(
      AppUser me, long candidateId, List<CandidateView.ApplicationView> all) {
    List<CandidateView.ApplicationView> visible =
        all.stream()
            .filter(
                a -> {
                  Requisition r = em.find(Requisition.class, a.requisitionId());
                  return r != null && RequisitionAccess.canSee(me, r);
                })
            .toList();
    if (visible.isEmpty()) {
      throw new NotFoundException("No candidate " + candidateId + ".");
    }
    return visible;
  }

  public Candidate get(long id) {
    Candidate candidate = em.find(Candidate.class, id);
    if (candidate == null) {
      throw new NotFoundException("No candidate " + id + ".");
    }
    return candidate;
  }

  public ResumeDocument document(long candidateId, long documentId) {
    Candidate candidate = get(candidateId);
    AppUser me = caller.user();
    if (!seesEveryone(me)) {
      visibleApplications(me, candidateId, applicationsOf(candidateId));
    }
    ResumeDocument document = em.find(ResumeDocument.class, documentId);
    if (document == null
        || document.candidate() == null
        || !document.candidate().id().equals(candidateId)) {
      throw new NotFoundException(
          "No document " + documentId + " for candidate " + candidateId + ".");
    }
    audit.read(candidate, "Opened resume " + document.fileName());
    return document;
  }

  /**
   * Moves everything of {@code otherId} to {@code survivorId}; the other record stays, marked
   * merged. Features above move what they keep of the person on {@link CandidatesMerged}.
   */
  public Candidate merge(long survivorId, long otherId) {
    if (survivorId == otherId) {
      throw new MergeWithItself("A candidate cannot be merged with itself.");
    }
    Candidate survivor = get(survivorId);
    Candidate other = get(otherId);
    if (other.mergedInto() != null || survivor.mergedInto() != null) {
      throw new AlreadyMerged("One of these candidates was already merged into another record.");
    }
    Map<String, Object> survivorBefore = survivor.auditState();
    Map<String, Object> otherBefore = other.auditState();
    documents(other).forEach(d -> d.moveTo(survivor));
    events(otherId).forEach(e -> e.moveTo(survivorId));
    Instant now = Instant.now();
    other.mergeInto(survivor, now);
    corrections.carryOver(other, survivor, now);
    audit.updated(survivor, survivorBefore, "Merged candidate " + otherId + " into this record");
    audit.updated(other, otherBefore, "Merged into candidate " + survivorId);
    timeline.record(
        survivorId,
        null,
        caller.name(),
        CandidateEventType.MERGED,
        "Candidate " + otherId + " (" + other.fullName() + ") merged in");
    merged.fire(new CandidatesMerged(survivorId, otherId));
    profileChanged.fire(new ProfileChanged(survivorId));
    return survivor;
  }

  public Candidate notDuplicate(long id, long otherId) {
    Candidate candidate = get(id);
    Map<String, Object> before = candidate.auditState();
    candidate.markNotDuplicateOf(otherId);
    get(otherId).markNotDuplicateOf(id);
    audit.updated(candidate, before, "Marked not a duplicate of " + otherId);
    return candidate;
  }

  /** The person's applications, as the application feature shows them (none without it). */
  private List<CandidateView.ApplicationView> applicationsOf(long candidateId) {
    return applications.isResolvable() ? applications.get().of(candidateId) : List.of();
  }

  private List<ResumeDocument> documents(Candidate c) {
    return em.createQuery(
            "select d from ResumeDocument d where d.candidate = :c order by d.uploadedAt desc",
            ResumeDocument.class)
        .setParameter("c", c)
        .getResultList();
  }

  private List<CandidateEvent> events(long id) {
    return em.createQuery(
            "select e from CandidateEvent e where e.candidateId = :id order by e.at desc, e.id desc",
            CandidateEvent.class)
        .setParameter("id", id)
        .getResultList();
  }
}
