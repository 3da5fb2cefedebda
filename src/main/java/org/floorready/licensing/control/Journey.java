package org.floorready.licensing.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.floorready.licensing.entity.LineOfAuthority;

/**
 * The rules of one person's road to selling in one state, on plain facts: which steps are needed
 * (from the state's requirement version), which are done, what comes next and who it waits on, and
 * whether the person is cleared to sell there — with every missing item named. Pure, so the rules
 * are tested without a database and recomputed in bulk fast.
 */
public final class Journey {
  /** Days before an expiry from which a cleared cell shows amber. */
  public static final int AMBER_DAYS = 30;

  private Journey() {}

  /** The parts of a state's requirement version the rules read; null means unknown. */
  public record Requirement(
      Integer prelicensingHours,
      Boolean fingerprints,
      Boolean nonResidentExam,
      Boolean appointmentRequired) {
    public static final Requirement UNKNOWN = new Requirement(null, null, null, null);
  }

  /** A license as issued (or held at hire and verified). */
  public record License(
      String number,
      Set<LineOfAuthority> lines,
      LocalDate issuedOn,
      LocalDate expiresOn,
      boolean verified) {}

  /** An exam attempt: scheduled, and once taken, passed or not. */
  public record Exam(LocalDate scheduledOn, LocalDate takenOn, Boolean passed) {}

  /** An appointment with a carrier; ended when terminated. */
  public record Appointment(String carrier, LocalDate appointedOn, LocalDate terminatedOn) {}

  /** A certification the state needs, as the person holds it (earned null: never earned). */
  public record Certification(String name, LocalDate earnedOn, LocalDate expiresOn) {}

  /** One state's road as recorded (what a state license holds), without the person around it. */
  public record Road(
      String state,
      Set<LineOfAuthority> requiredLines,
      LocalDate startedOn,
      LocalDate prelicensingDoneOn,
      List<Exam> exams,
      LocalDate fingerprintsOn,
      LocalDate applicationSubmittedOn,
      License license,
      List<Appointment> appointments) {}

  /** Everything the rules read about one person in one state: the road and its context. */
  public record Facts(
      Road road,
      boolean resident,
      Requirement requirement,
      Collection<String> carriers,
      List<Certification> certifications,
      String residentState,
      LocalDate residentLicenseIssuedOn) {}

  /** The steps in order. */
  public enum Step {
    PRELICENSING("Pre-licensing course"),
    EXAM("State exam"),
    FINGERPRINTS("Fingerprints and background check"),
    APPLICATION("License application"),
    LICENSE("License issued"),
    APPOINTMENTS("Carrier appointments");

    private final String label;

    Step(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Where a step stands. */
  public enum StepState {
    DONE,
    NOT_NEEDED,
    OPEN,
    BLOCKED
  }

  /** Who a step waits on. */
  public enum WaitingOn {
    CANDIDATE,
    TRAINER,
    STATE,
    CARRIER
  }

  /** A cell's colour: cleared, cleared with something expiring soon, not cleared. */
  public enum Color {
    GREEN,
    AMBER,
    RED
  }

  public record LicensingStep(Step step, String label, StepState state, String note) {}

  /** The outcome for one person and state. */
  public record Outcome(
      String state,
      boolean cleared,
      Color color,
      List<String> missing,
      List<LicensingStep> steps,
      Step next,
      WaitingOn waitingOn,
      LocalDate waitingSince) {}

  public static Outcome evaluate(Facts f, LocalDate today) {
    Road r = f.road();
    Requirement req = f.requirement() == null ? Requirement.UNKNOWN : f.requirement();
    boolean licensed = r.license() != null && r.license().issuedOn() != null;
    List<LicensingStep> steps = new ArrayList<>();
    LocalDate since = r.startedOn();

    // pre-licensing: a resident's, unless the state asks for none; unknown hours count as needed
    boolean courseNeeded =
        f.resident() && (req.prelicensingHours() == null || req.prelicensingHours() > 0);
    StepState course =
        licensed || r.prelicensingDoneOn() != null
            ? StepState.DONE
            : courseNeeded ? StepState.OPEN : StepState.NOT_NEEDED;
    steps.add(
        step(
            Step.PRELICENSING,
            course,
            !courseNeeded
                ? "not needed here"
                : req.prelicensingHours() == null
                    ? "hours unknown: check with the regulator"
                    : req.prelicensingHours() + " h"));
    since = later(since, r.prelicensingDoneOn());

    boolean examNeeded = f.resident() || !Boolean.FALSE.equals(req.nonResidentExam());
    LocalDate passedOn =
        r.exams().stream()
            .filter(e -> Boolean.TRUE.equals(e.passed()))
            .map(Exam::takenOn)
            .findFirst()
            .orElse(null);
    StepState exam =
        licensed || passedOn != null
            ? StepState.DONE
            : examNeeded ? StepState.OPEN : StepState.NOT_NEEDED;
    Exam scheduled =
        r.exams().stream()
            .filter(e -> e.takenOn() == null && e.scheduledOn() != null)
            .findFirst()
            .orElse(null);
    long failed = r.exams().stream().filter(e -> Boolean.FALSE.equals(e.passed())).count();
    steps.add(
        step(
            Step.EXAM,
            exam,
            !examNeeded
                ? "waived for non-residents"
                : passedOn != null
                    ? "passed " + passedOn
                    : scheduled != null
                        ? "scheduled " + scheduled.scheduledOn()
                        : failed > 0 ? failed + " failed attempt(s)" : null));
    since = later(since, passedOn);

    boolean printsNeeded = !Boolean.FALSE.equals(req.fingerprints());
    StepState prints =
        licensed || r.fingerprintsOn() != null
            ? StepState.DONE
            : printsNeeded ? StepState.OPEN : StepState.NOT_NEEDED;
    steps.add(step(Step.FINGERPRINTS, prints, printsNeeded ? null : "not needed here"));
    since = later(since, r.fingerprintsOn());

    boolean waitsForResident = !f.resident() && f.residentLicenseIssuedOn() == null;
    StepState application =
        licensed || r.applicationSubmittedOn() != null
            ? StepState.DONE
            : waitsForResident ? StepState.BLOCKED : StepState.OPEN;
    steps.add(
        step(
            Step.APPLICATION,
            application,
            waitsForResident && application != StepState.DONE
                ? "after the resident license (" + nullToUnknown(f.residentState()) + ")"
                : null));
    since = later(since, r.applicationSubmittedOn());

    steps.add(
        step(
            Step.LICENSE,
            licensed ? StepState.DONE : StepState.OPEN,
            licensed ? r.license().number() : null));
    since = later(since, licensed ? r.license().issuedOn() : null);

    boolean appointmentsNeeded = !Boolean.FALSE.equals(req.appointmentRequired());
    List<String> unappointed =
        f.carriers().stream()
            .filter(c -> r.appointments().stream().noneMatch(a -> active(a, c, today)))
            .sorted()
            .toList();
    StepState appointments =
        !appointmentsNeeded || f.carriers().isEmpty()
            ? StepState.NOT_NEEDED
            : unappointed.isEmpty() ? StepState.DONE : StepState.OPEN;
    steps.add(
        step(
            Step.APPOINTMENTS,
            appointments,
            appointments == StepState.OPEN ? "missing: " + String.join(", ", unappointed) : null));

    List<String> missing = new ArrayList<>();
    String st = r.state();
    if (!licensed) {
      missing.add(st + " license not issued yet");
    } else {
      License l = r.license();
      if (!l.verified()) {
        missing.add(st + " license held at hire not verified yet");
      }
      if (l.expiresOn() != null && !l.expiresOn().isAfter(today)) {
        missing.add(st + " license expired " + l.expiresOn());
      }
      Set<LineOfAuthority> lacking = EnumSet.noneOf(LineOfAuthority.class);
      lacking.addAll(r.requiredLines());
      lacking.removeAll(l.lines());
      for (LineOfAuthority line : lacking) {
        missing.add(st + " license lacks " + line.label());
      }
    }
    if (appointmentsNeeded) {
      unappointed.forEach(c -> missing.add("appointment with " + c + " missing"));
    }
    for (Certification c : f.certifications()) {
      if (c.earnedOn() == null) {
        missing.add(c.name() + " certification missing");
      } else if (c.expiresOn() != null && !c.expiresOn().isAfter(today)) {
        missing.add(c.name() + " certification expired " + c.expiresOn());
      }
    }
    boolean cleared = missing.isEmpty();
    Color color = !cleared ? Color.RED : expiresSoon(f, today) ? Color.AMBER : Color.GREEN;

    LicensingStep next =
        steps.stream()
            .filter(s -> s.state() == StepState.OPEN || s.state() == StepState.BLOCKED)
            .findFirst()
            .orElse(null);
    WaitingOn waiting = next == null ? null : waitingOn(next, scheduled);
    return new Outcome(
        st,
        cleared,
        color,
        List.copyOf(missing),
        List.copyOf(steps),
        next == null ? null : next.step(),
        waiting,
        next == null ? null : since);
  }

  /** The outcomes by state, resident first. */
  public static Map<String, Outcome> byState(List<Outcome> outcomes) {
    Map<String, Outcome> map = new java.util.LinkedHashMap<>();
    outcomes.forEach(o -> map.put(o.state(), o));
    return map;
  }

  private static WaitingOn waitingOn(LicensingStep next, Exam scheduled) {
    return switch (next.step()) {
      case PRELICENSING, FINGERPRINTS -> WaitingOn.CANDIDATE;
      case EXAM -> scheduled != null ? WaitingOn.CANDIDATE : WaitingOn.TRAINER;
      case APPLICATION -> next.state() == StepState.BLOCKED ? WaitingOn.STATE : WaitingOn.TRAINER;
      case LICENSE -> WaitingOn.STATE;
      case APPOINTMENTS -> WaitingOn.CARRIER;
    };
  }

  private static boolean expiresSoon(Facts f, LocalDate today) {
    Road r = f.road();
    LocalDate horizon = today.plusDays(AMBER_DAYS);
    boolean license =
        r.license() != null
            && r.license().expiresOn() != null
            && !r.license().expiresOn().isAfter(horizon);
    boolean certification =
        f.certifications().stream()
            .anyMatch(c -> c.expiresOn() != null && !c.expiresOn().isAfter(horizon));
    return license || certification;
  }

  private static boolean active(Appointment a, String carrier, LocalDate today) {
    return a.carrier().equalsIgnoreCase(carrier)
        && a.appointedOn() != null
        && !a.appointedOn().isAfter(today)
        && (a.terminatedOn() == null || a.terminatedOn().isAfter(today));
  }

  private static LicensingStep step(Step step, StepState state, String note) {
    return new LicensingStep(step, step.label(), state, note);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return b == null || a != null && a.isAfter(b) ? a : b;
  }

  private static String nullToUnknown(String s) {
    return s == null ? "not set" : s;
  }
}
