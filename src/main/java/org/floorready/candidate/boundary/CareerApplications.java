package org.floorready.candidate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.candidate.control.DuplicateFinder;
import org.floorready.candidate.control.ProfileJson;
import org.floorready.candidate.control.ResumeStorage;
import org.floorready.candidate.entity.Application;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.StageChange;
import org.floorready.candidate.entity.EeoSelfIdentification;
import org.floorready.candidate.control.TemplateValues;
import org.floorready.notification.boundary.EmailTemplates;
import org.floorready.notification.entity.TemplatePurpose;
import org.floorready.platform.InvalidInput;
import org.floorready.requisition.boundary.Careers;
import org.floorready.requisition.entity.KnockoutQuestion;
import org.floorready.requisition.entity.Requisition;

/**
 * Applying through the careers page: the person is matched or created from the form, the
 * application is opened (knock-out answers may reject it at once, with the reason kept), the
 * resume is queued for parsing, and the applicant gets a confirmation email.
 */
@ApplicationScoped
public class CareerApplications {
  static final String APPLICANT = "applicant";

  @PersistenceContext EntityManager em;
  @Inject Careers careers;
  @Inject DuplicateFinder duplicates;
  @Inject Intake intake;
  @Inject EmailTemplates templates;

  @Inject
  @ConfigProperty(name = "floorready.base-url")
  String baseUrl;

  @Transactional
  public Application apply(String slug, ApplicationForm form, String email, String phone, ResumeStorage.StoredFile resume,
      String fileName) {
    Requisition job = careers.job(slug);
    List<KnockoutQuestion> questions = job.knockoutQuestions();
    if (form.answers().size() != questions.size()) {
      throw new InvalidInput("answers", "answer each of the " + questions.size() + " questions");
    }
    String disqualification = null;
    for (int i = 0; i < questions.size(); i++) {
      KnockoutQuestion q = questions.get(i);
      String answer = form.answers().get(i);
      if (q.options().stream().noneMatch(o -> o.equalsIgnoreCase(answer))) {
        throw new InvalidInput("answers[" + i + "]", "choose one of " + String.join(", ", q.options()));
      }
      if (disqualification == null && q.disqualifies(answer)) {
        disqualification = "Answered \"" + answer + "\" to \"" + q.question() + "\"";
      }
    }
    Instant now = Instant.now();
    Candidate person = person(form.name(), email, phone, now);
    Application application = intake.applyOnce(person, job, "CAREERS_PAGE", APPLICANT, now);
    StageChange knockout = application.recordAnswers(ProfileJson.write(form.answers()), disqualification, now);
    if (knockout != null) {
      em.persist(knockout);
      intake.event(person.id(), application.id(), "system", "KNOCKED_OUT", disqualification);
    }
    intake.queue(resume, fileName, APPLICANT, null, null, person);
    if (form.eeo() != null && !form.eeo().empty()) {
      em.persist(new EeoSelfIdentification(job.id(), form.eeo().gender(), form.eeo().raceEthnicity(),
          form.eeo().veteranStatus(), form.eeo().disabilityStatus(), now));
    }
    String stageName = application.closed() ? "Rejected" : "Applied";
    templates.standard(TemplatePurpose.APPLICATION_RECEIVED).ifPresent(t -> {
      var sent = templates.send(t, email, TemplateValues.of(application, stageName, baseUrl, null), "Candidate",
          String.valueOf(person.id()));
      intake.event(person.id(), application.id(), "system", "EMAIL_SENT", sent.subject() + " (to " + email + ")");
    });
    return application;
  }

  private Candidate person(String name, String email, String phone, Instant now) {
    Optional<DuplicateFinder.Match> match = duplicates.find(name, List.of(email), phone == null ? List.of() : List.of(phone), null);
    if (match.isPresent() && match.get().certainty() == DuplicateFinder.Certainty.CERTAIN) {
      Candidate known = match.get().candidate();
      known.addContact(email, phone);
      return known;
    }
    Candidate created = new Candidate(name, email, phone, "CAREERS_PAGE", now);
    em.persist(created);
    em.flush();
    match.ifPresent(m -> created.flagPossibleDuplicateOf(m.candidate().id()));
    return created;
  }
}
