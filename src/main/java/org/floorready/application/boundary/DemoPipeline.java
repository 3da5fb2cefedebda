package org.floorready.application.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.floorready.application.entity.Application;
import org.floorready.application.entity.ApplicationStage;
import org.floorready.application.entity.Note;
import org.floorready.application.entity.Pipeline;
import org.floorready.application.entity.StageChange;
import org.floorready.candidate.control.ProfileJson;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.CandidateProfile;
import org.floorready.candidate.entity.IntakeChannel;
import org.floorready.platform.demo.SeedDemoData;
import org.floorready.requisition.entity.Requisition;
import org.floorready.requisition.entity.RequisitionStatus;
import org.floorready.resume.entity.HeldLicense;
import org.floorready.resume.entity.Location;
import org.floorready.resume.entity.ResumeProfile;
import org.floorready.resume.entity.WorkPeriod;

/**
 * A busy demo pipeline: applicants in every stage of the open requisitions, with histories, scores
 * and notes.
 */
@ApplicationScoped
public class DemoPipeline {
  private static final String[] FIRST = {
    "Maria",
    "James",
    "Aaliyah",
    "Luis",
    "Emily",
    "DeShawn",
    "Sofia",
    "Kevin",
    "Priya",
    "Carlos",
    "Hannah",
    "Andre",
    "Mei",
    "Tyler",
    "Gabriela",
    "Marcus",
    "Olivia",
    "Jamal",
    "Ana",
    "Ryan"
  };
  private static final String[] LAST = {
    "Gonzalez",
    "Carter",
    "Nguyen",
    "Brooks",
    "Patel",
    "Ramirez",
    "Kim",
    "Foster",
    "Johnson",
    "Herrera",
    "Lee",
    "Washington",
    "Flores",
    "Bennett",
    "Chen",
    "Morales",
    "Reed",
    "Ortiz",
    "Price"
  };
  private static final String[][] CITIES = {
    {"Charlotte", "NC"},
    {"Rock Hill", "SC"},
    {"Dallas", "TX"},
    {"Tulsa", "OK"},
    {"Baton Rouge", "LA"},
    {"Gastonia", "NC"},
    {"San Antonio", "TX"}
  };
  private static final String[] SKILLS = {
    "Salesforce",
    "Five9",
    "Genesys",
    "EZLynx",
    "Applied Epic",
    "Avaya",
    "Outbound sales",
    "Cross-selling",
    "CRM"
  };
  private static final String[] REJECT_REASONS = {
    "No contact-center experience",
    "Did not show for the phone screen",
    "Schedule does not fit the training class",
    "Mock call below the bar",
    "Pay expectations above range"
  };

  /** Where the demo applicants stand: stage → how many. */
  private static final Map<String, Integer> SPREAD =
      Map.of(
          "APPLIED",
          9,
          "SCREEN",
          5,
          "PHONE_INTERVIEW",
          4,
          "MOCK_SALES_CALL",
          3,
          "MANAGER_INTERVIEW",
          2,
          "OFFER",
          2,
          "REJECTED",
          4,
          "WITHDRAWN",
          1);

  @PersistenceContext EntityManager em;

  @Transactional
  void seed(@Observes @Priority(300) SeedDemoData demo) {
    List<Requisition> open =
        em.createQuery(
                "select r from Requisition r where r.status = :s order by r.id", Requisition.class)
            .setParameter("s", RequisitionStatus.OPEN)
            .getResultList();
    Random random = new Random(42);
    Instant now = Instant.now();
    int person = 0;
    for (Requisition r : open) {
      if (r.title().contains("Seasonal")) {
        continue;
      }
      Pipeline pipeline = Pipeline.standard();
      for (Pipeline.Stage stage : stagesInOrder()) {
        int count = SPREAD.getOrDefault(stage.key(), 0);
        for (int i = 0; i < count; i++) {
          Candidate c = candidate(person++, r, random, now);
          Application a =
              new Application(
                  c,
                  r,
                  random.nextBoolean() ? IntakeChannel.CAREERS_PAGE : IntakeChannel.UPLOAD,
                  now.minus(Duration.ofDays(3 + random.nextInt(25))));
          em.persist(a);
          em.flush();
          em.persist(a.started("applicant"));
          if (stage.key().equals("REJECTED") && i == 0) {
            save(
                a,
                pipeline,
                a.recordAnswers(
                    "[\"No\"]", "Answered \"No\" to \"Can you work Saturdays?\"", a.appliedAt()));
          } else {
            walk(a, pipeline, stage.key(), random, i);
          }
          ScoreKeeper.rescore(a);
          if (i == 0 && stage.key().equals("PHONE_INTERVIEW")) {
            em.persist(
                new Note(
                    c.id(),
                    a.id(),
                    "riley.recruiter@floorready.example.com",
                    "Strong phone presence, asked good questions about the commission plan."
                        + " @morgan.manager worth a look for the manager interview.",
                    List.of("morgan.manager@floorready.example.com"),
                    now.minus(Duration.ofDays(1))));
          }
        }
      }
    }
  }

  private static List<Pipeline.Stage> stagesInOrder() {
    List<Pipeline.Stage> all = new ArrayList<>(Pipeline.standard().stages());
    all.add(new Pipeline.Stage("REJECTED", "Rejected", false));
    all.add(new Pipeline.Stage("WITHDRAWN", "Withdrawn", false));
    return all;
  }

  /**
   * Moves the application stage by stage up to the target, a day or two apart, as a recruiter would
   * have.
   */
  private void walk(Application a, Pipeline pipeline, String target, Random random, int index) {
    Instant at = a.appliedAt();
    String by = "riley.recruiter@floorready.example.com";
    boolean closes = ApplicationStage.closes(target);
    int last = closes ? 1 + random.nextInt(3) : pipeline.position(target);
    Duration gap = Duration.between(at, Instant.now()).dividedBy(last + 3);
    for (int step = 1; step <= last; step++) {
      at = at.plus(gap);
      save(a, pipeline, a.move(pipeline, pipeline.stages().get(step).key(), null, by, at));
    }
    if (closes) {
      at = at.plus(gap);
      String reason =
          target.equals("WITHDRAWN")
              ? "Accepted another offer"
              : REJECT_REASONS[index % REJECT_REASONS.length];
      save(a, pipeline, a.move(pipeline, target, reason, by, at));
    }
    if (target.equals("OFFER") && index == 0) {
      a.acceptOffer(at.plus(gap));
    }
  }

  private void save(Application a, Pipeline pipeline, StageChange change) {
    em.persist(change);
    em.persist(change.asEvent(pipeline));
  }

  private Candidate candidate(int n, Requisition r, Random random, Instant now) {
    String first = FIRST[n % FIRST.length];
    String last = LAST[(n * 7 + 3) % LAST.length];
    String email = (first + "." + last + (n + 1)).toLowerCase() + "@example.com";
    String[] city = CITIES[random.nextInt(CITIES.length)];
    Candidate c =
        new Candidate(
            first + " " + last,
            email,
            String.format("+1704555%04d", 1000 + n),
            IntakeChannel.CAREERS_PAGE,
            now.minus(Duration.ofDays(30)));
    em.persist(c);
    em.flush();
    int contactCenter = random.nextInt(60);
    List<String> languages = new ArrayList<>(List.of("English"));
    if (r.title().contains("Spanish") ? random.nextInt(4) > 0 : random.nextInt(5) == 0) {
      languages.add("Spanish");
    }
    List<HeldLicense> licenses =
        random.nextInt(3) == 0
            ? List.of()
            : List.of(
                new HeldLicense(
                    city[1],
                    List.of("Property", "Casualty"),
                    String.valueOf(1_000_000 + n * 7919),
                    true,
                    random.nextInt(6) == 0 ? HeldLicense.LAPSED : HeldLicense.ACTIVE));
    List<String> skills =
        List.of(SKILLS[random.nextInt(SKILLS.length)], SKILLS[random.nextInt(SKILLS.length)])
            .stream()
            .distinct()
            .toList();
    ResumeProfile parsed =
        new ResumeProfile(
            "text/plain",
            1800,
            c.fullName(),
            List.of(email),
            List.of(),
            new Location(city[0], city[1], "US"),
            contactCenter + random.nextInt(40),
            contactCenter,
            List.of(
                new WorkPeriod(
                    "Customer Service Representative",
                    "Carolina Contact Solutions",
                    "2021-01",
                    null)),
            skills,
            languages,
            licenses,
            null,
            List.of(),
            List.of(),
            Map.of());
    c.applyProfile(
        CandidateProfile.of(parsed),
        ProfileJson.write(parsed),
        c.fullName()
            + " "
            + city[0]
            + " "
            + String.join(" ", skills)
            + " "
            + String.join(" ", languages)
            + " customer service sales",
        now);
    return c;
  }
}
