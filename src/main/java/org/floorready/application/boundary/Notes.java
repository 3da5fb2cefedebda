package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.application.control.Mentions;
import org.floorready.application.entity.Application;
import org.floorready.application.entity.Note;
import org.floorready.candidate.boundary.Timeline;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.CandidateEventType;
import org.floorready.notification.boundary.Outbox;
import org.floorready.notification.entity.MailMessage;
import org.floorready.platform.InvalidInput;
import org.floorready.requisition.control.RequisitionAccess;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.control.DisplayNames;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/**
 * Notes of the hiring team. Recruiters and admins see every person's notes; a hiring manager those
 * of people who applied to a requisition the manager can see. Each mentioned colleague is emailed.
 */
@ApplicationScoped
@Transactional
public class Notes {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject Timeline timeline;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject DisplayNames displayNames;

  @Inject
  @ConfigProperty(name = "floorready.base-url")
  String baseUrl;

  /**
   * The notes the caller may read: recruiters and admins all of the person's; anyone else only the
   * notes on applications to requisitions they see (a note on the person alone is the recruiters').
   */
  public List<Note> of(long candidateId) {
    AppUser me = caller.user();
    visibleCandidate(candidateId, me);
    List<Note> all =
        em.createQuery(
                "select n from Note n where n.candidateId = :c order by n.createdAt desc, n.id desc",
                Note.class)
            .setParameter("c", candidateId)
            .getResultList();
    if (seesEveryNote(me)) {
      return all;
    }
    Set<Long> visible =
        applicationsOf(candidateId).stream()
            .filter(a -> RequisitionAccess.canSee(me, a.requisition()))
            .map(Application::id)
            .collect(Collectors.toSet());
    return all.stream()
        .filter(n -> n.applicationId() != null && visible.contains(n.applicationId()))
        .toList();
  }

  /** The notes as the API shows them, with their authors' and mentioned people's names. */
  public List<NoteView> views(List<Note> notes) {
    Function<String, String> names =
        displayNames.of(
            notes.stream()
                .flatMap(n -> Stream.concat(Stream.of(n.author()), n.mentions().stream()))
                .toList());
    return notes.stream().map(n -> NoteView.of(n, names)).toList();
  }

  public Note add(NoteView.NewNote input) {
    long candidateId = input.candidateId();
    AppUser me = caller.user();
    Candidate person = visibleCandidate(candidateId, me);
    Application application = null;
    if (input.applicationId() != null) {
      application = em.find(Application.class, input.applicationId());
      if (application == null
          || !application.candidate().id().equals(candidateId)
          || !RequisitionAccess.canSee(me, application.requisition())) {
        throw new InvalidInput("applicationId", "is not an application of this candidate");
      }
    } else if (!seesEveryNote(me)) {
      // a note on the person alone is read by recruiters and admins only: a manager writes on an
      // application
      throw new InvalidInput("applicationId", "name the application this note is about");
    }
    List<AppUser> mentioned = mentioned(input.body());
    Note note =
        new Note(
            candidateId,
            input.applicationId(),
            me.email(),
            input.body(),
            mentioned.stream().map(AppUser::email).toList(),
            Instant.now());
    em.persist(note);
    audit.created(note);
    timeline.record(
        candidateId,
        input.applicationId(),
        me.email(),
        CandidateEventType.NOTE_ADDED,
        abbreviated(input.body()));
    String about =
        person.fullName()
            + (application == null ? "" : " (" + application.requisition().title() + ")");
    for (AppUser user : mentioned) {
      if (!user.email().equals(me.email())) {
        outbox.enqueue(
            MailMessage.plain(
                    user.email(),
                    me.displayName() + " mentioned you in a note on " + about,
                    me.displayName()
                        + " wrote about "
                        + about
                        + ":\n\n"
                        + input.body().strip()
                        + "\n\nOpen the candidate: "
                        + baseUrl
                        + "/#/candidates/"
                        + candidateId
                        + "\n",
                    "note-mention")
                .about("Candidate", String.valueOf(candidateId)));
      }
    }
    return note;
  }

  private List<AppUser> mentioned(String body) {
    List<String> handles = Mentions.in(body);
    if (handles.isEmpty()) {
      return List.of();
    }
    List<AppUser> users =
        em.createQuery("select u from AppUser u", AppUser.class)
            .getResultStream()
            .filter(AppUser::enabled)
            .toList();
    List<AppUser> found = new ArrayList<>();
    for (String handle : handles) {
      List<AppUser> matching =
          users.stream().filter(u -> Mentions.matches(handle, u.email())).toList();
      if (matching.size() != 1) {
        throw new InvalidInput(
            "body",
            matching.isEmpty()
                ? "mentions @" + handle + ", who is not a FloorReady user"
                : "@" + handle + " names more than one user; write the whole email address");
      }
      if (!found.contains(matching.get(0))) {
        found.add(matching.get(0));
      }
    }
    return found;
  }

  private static boolean seesEveryNote(AppUser me) {
    return me.hasRole(Role.ADMIN) || me.hasRole(Role.RECRUITER);
  }

  private List<Application> applicationsOf(long candidateId) {
    return em.createQuery(
            "select a from Application a where a.candidate.id = :c", Application.class)
        .setParameter("c", candidateId)
        .getResultList();
  }

  private Candidate visibleCandidate(long candidateId, AppUser me) {
    Candidate person = em.find(Candidate.class, candidateId);
    boolean sees =
        person != null
            && (seesEveryNote(me)
                || applicationsOf(candidateId).stream()
                    .anyMatch(a -> RequisitionAccess.canSee(me, a.requisition())));
    if (!sees) {
      throw new NotFoundException("No candidate " + candidateId + ".");
    }
    return person;
  }

  private static String abbreviated(String body) {
    String flat = body.strip().replaceAll("\\s+", " ");
    return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
  }
}
