package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.application.control.KnockoutAnswers;
import org.floorready.application.control.TemplateValues;
import org.floorready.application.entity.Application;
import org.floorready.application.entity.EeoSelfIdentification;
import org.floorready.application.entity.StageChange;
import org.floorready.candidate.boundary.Intake;
import org.floorready.candidate.boundary.Timeline;
import org.floorready.candidate.control.ProfileJson;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.CandidateEventType;
import org.floorready.candidate.entity.IntakeChannel;
import org.floorready.candidate.entity.ResumeFiled;
import org.floorready.notification.boundary.EmailTemplates;
import org.floorready.notification.boundary.Outbox;
import org.floorready.notification.entity.MailMessage;
import org.floorready.notification.entity.TemplatePurpose;
import org.floorready.requisition.boundary.Careers;
import org.floorready.requisition.entity.Requisition;
import org.floorready.resume.control.ResumeStorage;
import org.floorready.security.control.AuditTrail;

/**
 * Opening applications: one per person and requisition, from the careers page (knock-out answers
 * may reject it at once, with the reason kept; the applicant is sent a confirmation) or when a
 * resume uploaded into a requisition was filed under a person ({@link ResumeFiled}).
 */
@ApplicationScoped
public class ApplicationIntake {
  static final String APPLICANT = "applicant";

  @PersistenceContext EntityManager em;
  @Inject Careers careers;
  @Inject Intake intake;
  @Inject EeoLinks eeoLinks;
  @Inject org.floorready.candidate.boundary.Sources sources;
  @Inject Timeline timeline;
  @Inject AuditTrail audit;
  @Inject EmailTemplates templates;
  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "floorready.base-url")
  String baseUrl;

  /** Checks an applicant's answers against the open job's questions before anything is stored. */
  @Transactional
  public void checkAnswers(String slug, List<String> answers) {
    KnockoutAnswers.disqualification(careers.job(slug).knockoutQuestions(), answers);
  }

  /**
   * Files a careers-page application whose resume is already stored, as a new person (see {@link
   * Intake#applicant}). The one exception is the very same application again (same address, same
   * job, same file): nothing is stored twice and no second confirmation goes out; the person's
   * stored address is told that they already applied. The applicant's screen is the same either
   * way, so the form tells a stranger nothing about an address.
   */
  @Transactional
  public void fileCareerApplication(
      String slug,
      ApplicationForm form,
      String email,
      String phone,
      ResumeStorage.StoredFile resume,
      String fileName) {
    Requisition job = careers.job(slug);
    KnockoutAnswers.disqualification(job.knockoutQuestions(), form.answers());
    Optional<Candidate> repeat =
        intake.knownBy(email).stream()
            .filter(
                known ->
                    applicationOf(known, job).isPresent() && intake.holds(known, resume.sha256()))
            .findFirst();
    if (repeat.isPresent()) {
      tellAlreadyApplied(repeat.get(), email, job);
      return;
    }
    file(job, form, email, phone, resume, fileName);
  }

  private void tellAlreadyApplied(Candidate person, String email, Requisition job) {
    outbox.enqueue(
        MailMessage.plain(
                email,
                "You already applied for " + job.title(),
                "Hello,\n\nwe received an application for "
                    + job.title()
                    + " from this address again, with"
                    + " the same resume. Your earlier application stands and is being reviewed; there is"
                    + " nothing more to do. If you want to send a newer resume, apply with it.\n",
                "already-applied")
            .about("Candidate", String.valueOf(person.id())));
    timeline.record(
        person.id(),
        applicationOf(person, job).map(Application::id).orElse(null),
        "system",
        CandidateEventType.EMAIL_SENT,
        "You already applied for " + job.title() + " (to " + email + ")");
  }

  private Optional<Application> applicationOf(Candidate person, Requisition job) {
    return em.createQuery(
            "select a from Application a where a.candidate = :c and a.requisition = :r",
            Application.class)
        .setParameter("c", person)
        .setParameter("r", job)
        .getResultStream()
        .findFirst();
  }

  private void file(
      Requisition job,
      ApplicationForm form,
      String email,
      String phone,
      ResumeStorage.StoredFile resume,
      String fileName) {
    String disqualification =
        KnockoutAnswers.disqualification(job.knockoutQuestions(), form.answers()).orElse(null);
    Instant now = Instant.now();
    Candidate person = intake.applicant(form.name(), email, phone, now);
    person.foundThroughIfUnknown(sources.activeByCode(form.source()).orElse(null), now);
    Application application = applyOnce(person, job, IntakeChannel.CAREERS_PAGE, APPLICANT, now);
    StageChange knockout =
        application.recordAnswers(ProfileJson.write(form.answers()), disqualification, now);
    if (knockout != null) {
      em.persist(knockout);
      timeline.record(
          person.id(),
          application.id(),
          "system",
          CandidateEventType.KNOCKED_OUT,
          disqualification);
    }
    intake.queue(resume, fileName, APPLICANT, null, null, person);
    if (form.eeo() != null && !form.eeo().empty()) {
      em.persist(
          new EeoSelfIdentification(
              job.id(),
              form.eeo().gender(),
              form.eeo().raceEthnicity(),
              form.eeo().veteranStatus(),
              form.eeo().disabilityStatus(),
              eeoLinks.of(application.id()),
              now));
    }
    String stageName = application.closed() ? "Rejected" : "Applied";
    templates
        .standard(TemplatePurpose.APPLICATION_RECEIVED)
        .ifPresent(
            t -> {
              var sent =
                  templates.send(
                      t,
                      email,
                      TemplateValues.of(application, stageName, baseUrl, null),
                      "Candidate",
                      String.valueOf(person.id()));
              timeline.record(
                  person.id(),
                  application.id(),
                  "system",
                  CandidateEventType.EMAIL_SENT,
                  sent.subject() + " (to " + email + ")");
            });
  }

  /** A resume uploaded into a requisition was filed under a person: that person applies to it. */
  void onResumeFiled(@Observes ResumeFiled filed) {
    if (filed.requisitionId() != null) {
      applyOnce(
          em.find(Candidate.class, filed.candidateId()),
          em.find(Requisition.class, filed.requisitionId()),
          IntakeChannel.UPLOAD,
          filed.uploadedBy(),
          Instant.now());
    }
  }

  /** The application of a person to a requisition, created once; a new one is scored at once. */
  @Transactional(TxType.MANDATORY)
  public Application applyOnce(
      Candidate person, Requisition requisition, IntakeChannel channel, String by, Instant now) {
    List<Application> existing =
        em.createQuery(
                "select a from Application a where a.candidate = :c and a.requisition = :r",
                Application.class)
            .setParameter("c", person)
            .setParameter("r", requisition)
            .getResultList();
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    Application application = new Application(person, requisition, channel, now);
    em.persist(application);
    audit.created(application);
    em.persist(application.started(by));
    ScoreKeeper.rescore(application);
    timeline.record(
        person.id(),
        application.id(),
        by,
        CandidateEventType.APPLIED,
        requisition.title() + " (" + channel.words() + ")");
    return application;
  }
}
