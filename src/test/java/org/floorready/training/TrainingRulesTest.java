package org.floorready.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.floorready.platform.InvalidInput;
import org.floorready.training.control.AtRiskRules;
import org.floorready.training.control.Attrition;
import org.floorready.training.control.FederalHolidays;
import org.floorready.training.control.SessionPlanner;
import org.floorready.training.entity.AttendanceMark;
import org.floorready.training.entity.ClassFull;
import org.floorready.training.entity.ModuleKind;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.NewHireLeft;
import org.floorready.training.entity.NewHireStatus;
import org.floorready.training.entity.RetakesUsedUp;
import org.floorready.training.entity.ScoreRule;
import org.floorready.training.entity.TrainingClass;
import org.floorready.training.entity.TrainingModule;
import org.floorready.training.entity.TrainingProgram;
import org.junit.jupiter.api.Test;

/**
 * The class rules: sessions, holidays, capacity, scores and retakes, milestones, flags, attrition.
 */
class TrainingRulesTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
  private static final SessionPlanner.WeeklyPattern WEEKDAYS =
      new SessionPlanner.WeeklyPattern(
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          LocalTime.of(9, 0),
          LocalTime.of(17, 0));

  private static TrainingModule module(Integer passMark, int retakes, ScoreRule rule) {
    TrainingProgram p =
        new TrainingProgram(
            "p",
            null,
            List.of(
                new TrainingModule.Definition(
                    "Licensing", ModuleKind.LICENSING_PREP, 40, passMark, retakes, rule)));
    return p.modules().get(0);
  }

  private static TrainingClass klass(int capacity) {
    TrainingProgram p =
        new TrainingProgram(
            "p",
            null,
            List.of(new TrainingModule.Definition("m", ModuleKind.OTHER, 8, null, 0, null)));
    return new TrainingClass(
        p,
        new TrainingClass.Details(
            "A", MONDAY, capacity, "Charlotte", false, ZoneId.of("America/New_York"), Set.of()),
        "t@x",
        Instant.now());
  }

  @Test
  void sessionsFollowTheWeekSkipHolidaysAndGiveEachModuleWholeDays() {
    // 56 h + 12 h at 8 h a day: 7 days, then 2 (12 h needs two); Veterans Day (Wed Nov 11, 2026) is
    // skipped
    List<SessionPlanner.Planned> planned =
        SessionPlanner.plan(MONDAY, List.of(56, 12), WEEKDAYS, FederalHolidays.of(2026));

    assertThat(planned).hasSize(9);
    assertThat(planned.stream().filter(p -> p.module() == 0)).hasSize(7);
    assertThat(planned.stream().map(SessionPlanner.Planned::day))
        .doesNotContain(
            LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 8))
        .startsWith(MONDAY)
        .endsWith(
            LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 13));
  }

  @Test
  void aPatternWithoutDaysOrWithEndBeforeStartIsRefused() {
    assertThatThrownBy(
            () -> new SessionPlanner.WeeklyPattern(Set.of(), LocalTime.NOON, LocalTime.MIDNIGHT))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () ->
                new SessionPlanner.WeeklyPattern(
                    Set.of(DayOfWeek.MONDAY), LocalTime.NOON, LocalTime.of(9, 0)))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void federalHolidaysAreObservedOnTheNearestWeekday() {
    // July 4, 2026 is a Saturday (observed Friday the 3rd); Christmas 2027 a Saturday (Friday the
    // 24th)
    assertThat(FederalHolidays.of(2026))
        .contains(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 1, 19))
        .doesNotContain(LocalDate.of(2026, 7, 4))
        .hasSize(11);
    assertThat(FederalHolidays.of(2027))
        .contains(LocalDate.of(2027, 12, 24), LocalDate.of(2027, 6, 18));
  }

  @Test
  void aFullClassRefusesOneMoreAndCapacityNeverDropsBelowTheEnrolled() {
    TrainingClass c = klass(2);
    c.requireSeat(1);
    assertThatThrownBy(() -> c.requireSeat(2))
        .isInstanceOf(ClassFull.class)
        .hasMessageContaining("full (2 seats)");
    assertThatThrownBy(
            () ->
                c.edit(
                    new TrainingClass.Details(
                        "A", MONDAY, 1, "x", false, ZoneId.of("UTC"), Set.of()),
                    2))
        .isInstanceOf(ClassFull.class);
  }

  @Test
  void theBestOrTheLatestAttemptCountsAndRetakesRunOut() {
    TrainingModule best = module(70, 1, ScoreRule.BEST);
    assertThat(best.result(List.of(80, 60)))
        .extracting(TrainingModule.Result::score, TrainingModule.Result::passed)
        .containsExactly(80, true);
    TrainingModule latest = module(70, 1, ScoreRule.LATEST);
    assertThat(latest.result(List.of(80, 60)).passed()).isFalse();
    assertThat(latest.result(List.of(60)).retakesLeft()).isEqualTo(1);
    assertThat(latest.result(List.of(60, 65)).failed()).isTrue();

    best.requireAttemptAllowed(List.of(60));
    assertThatThrownBy(() -> best.requireAttemptAllowed(List.of(60, 65)))
        .isInstanceOf(RetakesUsedUp.class);
    assertThatThrownBy(() -> best.requireAttemptAllowed(List.of(90)))
        .isInstanceOf(RetakesUsedUp.class)
        .hasMessageContaining("passed");
    assertThatThrownBy(() -> module(null, 0, null).requireAttemptAllowed(List.of()))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void programsRefuseMarksAndHoursOutOfRange() {
    assertThatThrownBy(
            () ->
                new TrainingProgram(
                    "p",
                    null,
                    List.of(
                        new TrainingModule.Definition("m", ModuleKind.OTHER, 0, 101, -1, null))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field())
                    .containsExactly(
                        "modules[0].plannedHours", "modules[0].passMark", "modules[0].retakes"));
  }

  @Test
  void milestonesComeInOrderAndADepartureEndsTheRecord() {
    TrainingClass c = klass(10);
    NewHire n = new NewHire(new NewHire.Hire(1, 2, 3, 4L, "Ann Lee", "ann@x"), c, Instant.now());
    LocalDate today = MONDAY.plusWeeks(10);

    assertThatThrownBy(() -> n.reach(NewHire.Milestone.NESTING_START, MONDAY.minusDays(1), today))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> n.reach(NewHire.Milestone.NESTING_START, today.plusDays(1), today))
        .isInstanceOf(InvalidInput.class);
    n.reach(NewHire.Milestone.CLASSROOM_COMPLETE, MONDAY.plusWeeks(5), today);
    assertThatThrownBy(() -> n.reach(NewHire.Milestone.NESTING_START, MONDAY.plusWeeks(4), today))
        .isInstanceOf(InvalidInput.class);
    n.reach(NewHire.Milestone.NESTING_START, MONDAY.plusWeeks(5), today);
    assertThat(n.status()).isEqualTo(NewHireStatus.NESTING);
    assertThatThrownBy(() -> n.leave(NewHire.Departure.RESIGNED, today, " ", today))
        .isInstanceOf(InvalidInput.class);
    n.leave(NewHire.Departure.RELEASED, MONDAY.plusWeeks(6), "Below the QA bar", today);
    assertThat(n.status()).isEqualTo(NewHireStatus.RELEASED);
    assertThatThrownBy(() -> n.reach(NewHire.Milestone.GRADUATED, today, today))
        .isInstanceOf(NewHireLeft.class);
  }

  @Test
  void flagsComeFromAbsencesAttendanceFailedScoresAndNesting() {
    TrainingModule m = module(70, 1, ScoreRule.BEST);
    List<AttendanceMark> marks =
        List.of(
            AttendanceMark.PRESENT,
            AttendanceMark.ABSENT,
            AttendanceMark.LATE,
            AttendanceMark.EXCUSED,
            AttendanceMark.ABSENT,
            AttendanceMark.PRESENT,
            AttendanceMark.PRESENT,
            AttendanceMark.PRESENT,
            AttendanceMark.PRESENT,
            AttendanceMark.PRESENT);

    List<AtRiskRules.Flag> flags =
        AtRiskRules.flags(
            marks,
            List.of(new AtRiskRules.ModuleStanding(7, "Licensing", m.result(List.of(55)))),
            List.of(true, false, false));

    assertThat(flags)
        .extracting(AtRiskRules.Flag::code)
        .containsExactly("absences-2", "attendance", "assessment-7-1", "nesting-3");
    assertThat(flags.get(1).reason()).contains("78 %");
    assertThat(flags.get(2).reason()).contains("1 retake(s) left");
    // late counts as there, excused is left out: 9 of 9 → no attendance flag, one absence → none
    assertThat(
            AtRiskRules.flags(
                List.of(
                    AttendanceMark.LATE,
                    AttendanceMark.EXCUSED,
                    AttendanceMark.ABSENT,
                    AttendanceMark.PRESENT,
                    AttendanceMark.PRESENT,
                    AttendanceMark.PRESENT,
                    AttendanceMark.PRESENT,
                    AttendanceMark.PRESENT,
                    AttendanceMark.PRESENT,
                    AttendanceMark.PRESENT,
                    AttendanceMark.PRESENT),
                List.of(),
                List.of()))
        .isEmpty();
  }

  @Test
  void attritionIsSplitAndSurvivalCountsOnlyDaysReached() {
    LocalDate start = LocalDate.of(2026, 1, 5);
    List<Attrition.Person> people =
        List.of(
            new Attrition.Person(NewHireStatus.GRADUATED, start.plusDays(40)),
            new Attrition.Person(NewHireStatus.RESIGNED, start.plusDays(10)),
            new Attrition.Person(NewHireStatus.RELEASED, start.plusDays(45)),
            new Attrition.Person(NewHireStatus.IN_TRAINING, start));

    Attrition.Summary s = Attrition.of(start, people, start.plusDays(70));

    assertThat(s.resigned()).isEqualTo(1);
    assertThat(s.released()).isEqualTo(1);
    assertThat(s.survival().get(30)).isEqualTo(0.75);
    assertThat(s.survival().get(60)).isEqualTo(0.5);
    assertThat(s.survival().get(90)).isNull();
  }
}
