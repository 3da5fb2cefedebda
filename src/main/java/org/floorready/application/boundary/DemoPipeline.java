package org.floorready.application.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.floorready.application.entity.Application;
import org.floorready.application.entity.ApplicationStage;
import org.floorready.application.entity.EeoSelfIdentification;
import org.floorready.application.entity.Note;
import org.floorready.application.entity.Pipeline;
import org.floorready.application.entity.StageChange;
import org.floorready.candidate.control.ProfileJson;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.CandidateEvent;
import org.floorready.candidate.entity.CandidateEventType;
import org.floorready.candidate.entity.CandidateProfile;
import org.floorready.candidate.entity.IntakeChannel;
import org.floorready.candidate.entity.RecruitingSource;
import org.floorready.candidate.entity.ResumeDocument;
import org.floorready.platform.demo.SeedDemoData;
import org.floorready.requisition.entity.Requisition;
import org.floorready.requisition.entity.RequisitionStatus;
import org.floorready.resume.control.ExtractedText;
import org.floorready.resume.control.ProfileReader;
import org.floorready.resume.control.ResumeStorage;
import org.floorready.resume.entity.ResumeProfile;

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
          1,
          "HIRED",
          6);

  /** How many people the past cohort has. */
  public static final int COHORT = 40;

  @PersistenceContext EntityManager em;
  @Inject ProfileReader profiles;
  @Inject ResumeStorage storage;
  @Inject EeoLinks eeoLinks;

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
    // sources and self-identification draw from their own sequence: the people stay as they were
    Random other = new Random(7);
    List<RecruitingSource> sources = demoSources(now);
    for (Requisition r : open) {
      if (r.title().contains("Seasonal")) {
        continue;
      }
      Pipeline pipeline = Pipeline.standard();
      for (Pipeline.Stage stage : stagesInOrder()) {
        int count = SPREAD.getOrDefault(stage.key(), 0);
        for (int i = 0; i < count; i++) {
          Instant applied = now.minus(Duration.ofDays(3 + random.nextInt(25)));
          IntakeChannel channel =
              random.nextBoolean() ? IntakeChannel.CAREERS_PAGE : IntakeChannel.UPLOAD;
          Candidate c = candidate(person++, r, channel, applied, random, now);
          int pick = other.nextInt(sources.size() + 2);
          c.foundThrough(pick < sources.size() ? sources.get(pick).id() : null, applied);
          Application a = new Application(c, r, channel, applied);
          em.persist(a);
          em.flush();
          if (other.nextInt(4) > 0) {
            em.persist(demoSelfIdentification(r, a, other, applied));
          }
          em.persist(a.started("applicant"));
          if (stage.key().equals("REJECTED") && i == 0) {
            save(
                a,
                pipeline,
                a.recordAnswers(
                    "[\"No\"]", "Answered \"No\" to \"Can you work Saturdays?\"", a.appliedAt()));
          } else {
            walk(a, pipeline, stage.key(), random, i, now);
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
    int cohortFrom = person;
    em.createQuery(
            "select r from Requisition r where r.status = :s order by r.id", Requisition.class)
        .setParameter("s", RequisitionStatus.FILLED)
        .setMaxResults(1)
        .getResultStream()
        .forEach(filled -> pastCohort(filled, sources, cohortFrom, now));
  }

  /**
   * The people the filled requisition hired about six months ago, who make up the demo's graduated
   * classes: referrals and job boards most, an agency and a career fair fewer. Its seats were
   * filled before FloorReady, so the hires take none.
   */
  private void pastCohort(
      Requisition filled, List<RecruitingSource> sources, int firstPerson, Instant now) {
    Random random = new Random(11);
    Pipeline pipeline = Pipeline.standard();
    // Indeed, ZipRecruiter, referral, agency, fair: 10, 5, 12, 8, 5 of 40
    int[] mix = {0, 2, 3, 0, 2, 1, 3, 2, 0, 4, 2, 3, 0, 2, 1, 4, 2, 3, 0, 2};
    for (int i = 0; i < COHORT; i++) {
      Instant applied = now.minus(Duration.ofDays(185 + random.nextInt(10)));
      IntakeChannel channel = i % 3 == 0 ? IntakeChannel.UPLOAD : IntakeChannel.CAREERS_PAGE;
      Candidate c = candidate(firstPerson + i, filled, channel, applied, random, now);
      c.foundThrough(sources.get(mix[(i + i / 20) % mix.length]).id(), applied);
      Application a = new Application(c, filled, channel, applied);
      em.persist(a);
      em.flush();
      em.persist(a.started("applicant"));
      walk(
          a, pipeline, ApplicationStage.HIRED.name(), random, i, applied.plus(Duration.ofDays(28)));
      ScoreKeeper.rescore(a);
    }
  }

  /** Where the demo's people came from, with each kind of cost model. */
  private List<RecruitingSource> demoSources(Instant now) {
    LocalDate since = LocalDate.ofInstant(now, ZoneOffset.UTC).minusMonths(6).withDayOfMonth(1);
    List<RecruitingSource> sources =
        List.of(
            new RecruitingSource(
                "Indeed",
                "indeed",
                RecruitingSource.Kind.JOB_BOARD,
                RecruitingSource.CostModel.PER_APPLICANT,
                new BigDecimal("12.00"),
                since),
            new RecruitingSource(
                "ZipRecruiter",
                "ziprecruiter",
                RecruitingSource.Kind.JOB_BOARD,
                RecruitingSource.CostModel.PER_MONTH,
                new BigDecimal("449.00"),
                since),
            new RecruitingSource(
                "Employee referral",
                "referral",
                RecruitingSource.Kind.REFERRAL,
                RecruitingSource.CostModel.PER_HIRE,
                new BigDecimal("500.00"),
                since),
            new RecruitingSource(
                "Carolina Staffing Partners",
                "carolina-staffing",
                RecruitingSource.Kind.AGENCY,
                RecruitingSource.CostModel.PER_HIRE,
                new BigDecimal("3000.00"),
                since),
            new RecruitingSource(
                "Charlotte career fair",
                "charlotte-fair",
                RecruitingSource.Kind.JOB_FAIR,
                RecruitingSource.CostModel.NONE,
                BigDecimal.ZERO,
                since));
    sources.forEach(em::persist);
    em.flush();
    return sources;
  }

  /** Made-up voluntary answers, linked to the application only by its keyed hash. */
  private EeoSelfIdentification demoSelfIdentification(
      Requisition r, Application a, Random random, Instant applied) {
    List<String> answers = new ArrayList<>();
    for (EeoSelfIdentification.Question q : EeoSelfIdentification.QUESTIONS) {
      int pick = random.nextInt(q.choices().size() + 1);
      answers.add(pick < q.choices().size() ? q.choices().get(pick) : null);
    }
    return new EeoSelfIdentification(
        r.id(),
        answers.get(0),
        answers.get(1),
        answers.get(2),
        answers.get(3),
        eeoLinks.of(a.id()),
        applied);
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
  private void walk(
      Application a, Pipeline pipeline, String target, Random random, int index, Instant until) {
    Instant at = a.appliedAt();
    String by = "riley.recruiter@floorready.example.com";
    boolean closes = ApplicationStage.closes(target);
    int last = closes ? 1 + random.nextInt(3) : pipeline.position(target);
    Duration gap = Duration.between(at, until).dividedBy(last + 3);
    for (int step = 1; step <= last; step++) {
      at = at.plus(gap);
      String to = pipeline.stages().get(step).key();
      if (to.equals(ApplicationStage.HIRED.name())) {
        // hired through an accepted offer, into one of the requisition's seats (if it has one)
        a.acceptOffer(at);
        save(a, pipeline, a.move(pipeline, to, "Offer accepted", by, at));
        if (a.requisition().status() == RequisitionStatus.OPEN) {
          a.requisition().fillNext(a.candidate().fullName(), a.id(), by, at);
        }
        continue;
      }
      save(a, pipeline, a.move(pipeline, to, null, by, at));
    }
    if (closes) {
      at = at.plus(gap);
      String reason =
          target.equals("WITHDRAWN")
              ? "Accepted another offer"
              : REJECT_REASONS[index % REJECT_REASONS.length];
      save(a, pipeline, a.move(pipeline, target, reason, by, at));
    }
  }

  private void save(Application a, Pipeline pipeline, StageChange change) {
    em.persist(change);
    em.persist(change.asEvent(pipeline));
  }

  private static final String[][] EMPLOYERS = {
    {"Carolina Contact Solutions", "Customer Service Representative"},
    {"Lone Star Insurance Agency", "Inside Sales Agent"},
    {"Piedmont Telecom", "Call Center Representative"},
    {"Gulf Coast Mutual", "Customer Care Specialist"},
    {"Sooner Wireless", "Retention Specialist"}
  };
  private static final String[][] EARLIER = {
    {"Target", "Guest Services Team Member"},
    {"Chick-fil-A", "Team Member"},
    {"Walgreens", "Cashier"},
    {"Amazon", "Warehouse Associate"}
  };

  /**
   * A demo applicant with a real resume: a plain-text document written like one, stored as the
   * person's document and read by the same parser as every upload, so the profile, its experience
   * months (counted to today) and the resume preview agree.
   */
  private Candidate candidate(
      int n, Requisition r, IntakeChannel channel, Instant applied, Random random, Instant now) {
    String first = FIRST[n % FIRST.length];
    String last = LAST[(n * 7 + 3) % LAST.length];
    String name = first + " " + last;
    String email = (first + "." + last + (n + 1)).toLowerCase() + "@example.com";
    String phone = String.format("+1704555%04d", 1000 + n);
    String[] city = CITIES[random.nextInt(CITIES.length)];
    Candidate c = new Candidate(name, email, phone, channel, applied);
    em.persist(c);
    em.flush();
    String text = resume(name, email, phone, city, r, random, now);
    ResumeProfile parsed = profiles.read(new ExtractedText("text/plain", text, false, List.of()));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ResumeStorage.StoredFile stored = storage.keep(storage.stage(new ByteArrayInputStream(bytes)));
    ResumeDocument document =
        new ResumeDocument(
            stored.sha256(),
            first + "-" + last + "-resume.txt",
            stored.size(),
            channel == IntakeChannel.UPLOAD
                ? "riley.recruiter@floorready.example.com"
                : "applicant",
            null,
            r.id(),
            c,
            applied);
    document.parsed("text/plain", text, false, c, ResumeDocument.Outcome.CREATED, applied);
    em.persist(document);
    c.readResume(CandidateProfile.of(parsed), ProfileJson.write(parsed), text, applied);
    em.persist(
        new CandidateEvent(
            c.id(),
            null,
            document.uploadedBy(),
            CandidateEventType.RESUME_PARSED,
            document.fileName(),
            applied.plusSeconds(20)));
    return c;
  }

  private static String resume(
      String name,
      String email,
      String phone,
      String[] city,
      Requisition r,
      Random random,
      Instant now) {
    YearMonth today = YearMonth.from(now.atZone(ZoneOffset.UTC));
    YearMonth started = today.minusMonths(4 + random.nextInt(90));
    String[] job = EMPLOYERS[random.nextInt(EMPLOYERS.length)];
    StringBuilder out = new StringBuilder();
    out.append(name).append('\n');
    out.append(city[0]).append(", ").append(city[1]).append(" | ").append(phone);
    out.append(" | ").append(email).append("\n\n");
    out.append("Summary\n");
    out.append(
        "Friendly, target-driven phone professional looking to grow into insurance sales.\n\n");
    out.append("Experience\n");
    out.append(job[1]).append(", ").append(job[0]).append(", ").append(city[0]).append(", ");
    out.append(city[1]).append('\n');
    out.append(month(started)).append(" - Present\n");
    out.append("- Handled 60+ inbound calls a day; kept customer satisfaction above 90%\n");
    if (random.nextBoolean()) {
      String[] earlier = EARLIER[random.nextInt(EARLIER.length)];
      YearMonth before = started.minusMonths(1);
      YearMonth from = before.minusMonths(6 + random.nextInt(30));
      out.append('\n').append(earlier[1]).append(", ").append(earlier[0]).append('\n');
      out.append(month(from)).append(" - ").append(month(before)).append('\n');
    }
    List<String> skills =
        List.of(SKILLS[random.nextInt(SKILLS.length)], SKILLS[random.nextInt(SKILLS.length)])
            .stream()
            .distinct()
            .toList();
    out.append("\nSkills\n").append(String.join(", ", skills)).append('\n');
    out.append("\nLanguages\nEnglish");
    if (r.title().contains("Spanish") ? random.nextInt(4) > 0 : random.nextInt(5) == 0) {
      out.append(", Spanish");
    }
    out.append('\n');
    if (random.nextInt(3) > 0) {
      out.append("\nLicenses\n");
      out.append(city[1]).append(" Property & Casualty Producer License");
      out.append(random.nextInt(6) == 0 ? " (lapsed)" : " (active)");
      out.append(", NPN ").append(1_000_000 + random.nextInt(8_000_000)).append('\n');
    }
    return out.toString();
  }

  private static String month(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.US) + " " + month.getYear();
  }
}
