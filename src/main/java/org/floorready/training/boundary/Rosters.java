package org.floorready.training.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.training.control.AtRiskRules;
import org.floorready.training.control.Attrition;
import org.floorready.training.entity.AttendanceMark;
import org.floorready.training.entity.ClassSession;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.TrainingClass;
import org.floorready.training.entity.TrainingModule;

/**
 * A class's roster: people × modules with progress, attendance, scores, status and flags, as JSON
 * and as CSV; and the trainer's home (my classes, today's sessions, at-risk people, assessments to
 * grade). Computed from one {@link ClassRecord} per class.
 */
@ApplicationScoped
@Transactional
public class Rosters {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject TrainingRecords records;
  @Inject Classes classes;

  public record ModuleColumn(
      long id, String name, String kind, Integer passMark, int sessions, int held) {}

  public record ScoreCell(
      long moduleId, Integer score, Boolean passed, int attempts, int retakesLeft) {}

  public record RosterRow(
      long newHireId,
      String name,
      String status,
      String statusLabel,
      LocalDate statusOn,
      String statusReason,
      Double attendanceRate,
      int absences,
      List<ScoreCell> scores,
      List<AtRiskFlag> flags) {}

  public record AttritionView(
      int enrolled,
      int resigned,
      int released,
      Double survival30,
      Double survival60,
      Double survival90) {
    static AttritionView of(Attrition.Summary s) {
      return new AttritionView(
          s.enrolled(),
          s.resigned(),
          s.released(),
          s.survival().get(30),
          s.survival().get(60),
          s.survival().get(90));
    }
  }

  public record RosterView(
      Classes.ClassListItem overview,
      List<ModuleColumn> modules,
      List<RosterRow> people,
      AttritionView attrition,
      List<Classes.SessionView> sessions) {}

  public record TodaySession(
      long sessionId,
      long classId,
      String className,
      Classes.SessionView session,
      int expected,
      int marked) {}

  public record AtRiskPerson(
      long newHireId, String name, long classId, String className, List<AtRiskFlag> flags) {}

  public record GradingDue(
      long classId, String className, long moduleId, String module, List<String> people) {}

  public record TrainerHome(
      List<Classes.ClassListItem> classes,
      List<TodaySession> today,
      List<AtRiskPerson> atRisk,
      List<GradingDue> toGrade) {}

  public RosterView roster(long classId) {
    AppUser me = caller.user();
    TrainingClass c = records.taught(classId, me, false);
    ClassRecord record = ClassRecord.load(em, c, null, Classes.now(c));
    return view(record, me);
  }

  /** The roster as CSV: one row per person, a score column per assessed module. */
  public String rosterCsv(long classId) {
    RosterView roster = roster(classId);
    List<String> header =
        new ArrayList<>(List.of("Name", "Status", "Status date", "Attendance %", "Absences"));
    List<ModuleColumn> assessed =
        roster.modules().stream().filter(m -> m.passMark() != null).toList();
    assessed.forEach(m -> header.add(m.name() + " score"));
    header.add("At-risk flags");
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
      for (RosterRow row : roster.people()) {
        List<Object> cells = new ArrayList<>();
        cells.add(safe(row.name()));
        cells.add(row.statusLabel());
        cells.add(row.statusOn());
        cells.add(row.attendanceRate() == null ? "" : Math.round(row.attendanceRate() * 100));
        cells.add(row.absences());
        for (ModuleColumn m : assessed) {
          cells.add(
              row.scores().stream()
                  .filter(s -> s.moduleId() == m.id() && s.score() != null)
                  .map(s -> (Object) s.score())
                  .findFirst()
                  .orElse(""));
        }
        cells.add(String.join("; ", row.flags().stream().map(AtRiskFlag::reason).toList()));
        csv.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String safe(String text) {
    return org.floorready.platform.SpreadsheetCell.safe(text);
  }

  public TrainerHome home() {
    AppUser me = caller.user();
    List<Classes.ClassListItem> mine = classes.list(true);
    List<TodaySession> today = new ArrayList<>();
    List<AtRiskPerson> atRisk = new ArrayList<>();
    List<GradingDue> toGrade = new ArrayList<>();
    for (Classes.ClassListItem item : mine) {
      if ("FINISHED".equals(item.state())) {
        continue;
      }
      TrainingClass c = records.taught(item.id(), me, false);
      ClassRecord record = ClassRecord.load(em, c, null, Classes.now(c));
      LocalDate day = record.now.toLocalDate();
      long staying = record.people.stream().filter(p -> !p.status().left()).count();
      for (ClassSession s : record.sessions) {
        if (s.day().equals(day) && !s.cancelled()) {
          int marked = (int) record.people.stream().filter(p -> record.mark(p, s) != null).count();
          today.add(
              new TodaySession(
                  s.id(), c.id(), c.name(), Classes.SessionView.of(s), (int) staying, marked));
        }
      }
      for (NewHire p : record.people) {
        List<AtRiskFlag> open =
            record.flags(p).stream().filter(f -> f.acknowledgement() == null).toList();
        if (!open.isEmpty()) {
          atRisk.add(new AtRiskPerson(p.id(), p.fullName(), c.id(), c.name(), open));
        }
      }
      for (Map.Entry<TrainingModule, List<NewHire>> due : record.toGrade().entrySet()) {
        toGrade.add(
            new GradingDue(
                c.id(),
                c.name(),
                due.getKey().id(),
                due.getKey().name(),
                due.getValue().stream().map(NewHire::fullName).toList()));
      }
    }
    return new TrainerHome(mine, today, atRisk, toGrade);
  }

  private RosterView view(ClassRecord record, AppUser me) {
    TrainingClass c = record.trainingClass;
    List<ClassSession> held = record.held();
    List<ModuleColumn> modules = new ArrayList<>();
    for (TrainingModule m : record.modules()) {
      List<ClassSession> ofModule =
          record.sessions.stream()
              .filter(s -> !s.cancelled() && s.module() != null && s.module().id().equals(m.id()))
              .toList();
      modules.add(
          new ModuleColumn(
              m.id(),
              m.name(),
              m.kind().label(),
              m.passMark().orElse(null),
              ofModule.size(),
              (int) ofModule.stream().filter(held::contains).count()));
    }
    List<RosterRow> rows = new ArrayList<>();
    for (NewHire p : record.people) {
      List<AttendanceMark> marks = record.marks(p);
      List<ScoreCell> scores = new ArrayList<>();
      for (TrainingModule m : record.modules()) {
        if (m.assessed()) {
          TrainingModule.Result r = record.result(p, m);
          scores.add(
              new ScoreCell(
                  m.id(),
                  r.score(),
                  r.score() == null ? null : r.passed(),
                  r.attempts(),
                  r.retakesLeft()));
        }
      }
      rows.add(
          new RosterRow(
              p.id(),
              p.fullName(),
              p.status().name(),
              p.status().label(),
              p.statusOn(),
              p.statusReason(),
              AtRiskRules.attendanceRate(marks).orElse(null),
              (int) marks.stream().filter(m -> m == AttendanceMark.ABSENT).count(),
              scores,
              record.flags(p)));
    }
    List<ClassSession> sessions = record.sessions;
    LocalDate[] span =
        sessions.isEmpty()
            ? null
            : new LocalDate[] {sessions.get(0).day(), sessions.get(sessions.size() - 1).day()};
    long enrolled = record.people.stream().filter(p -> !p.status().left()).count();
    return new RosterView(
        Classes.item(c, enrolled, span, me, record.now.toLocalDate()),
        modules,
        rows,
        AttritionView.of(record.attrition()),
        sessions.stream().map(Classes.SessionView::of).toList());
  }
}
