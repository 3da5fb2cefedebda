package org.floorready.application.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.IntakeChannel;
import org.floorready.platform.Conflict;
import org.floorready.platform.InvalidInput;
import org.floorready.requisition.entity.EmploymentType;
import org.floorready.requisition.entity.PayBasis;
import org.floorready.requisition.entity.Requisition;
import org.floorready.requisition.entity.RequisitionDetails;
import org.floorready.requisition.entity.WorkMode;
import org.floorready.security.entity.Team;
import org.junit.jupiter.api.Test;

class ApplicationRulesTest {
  private final Instant now = Instant.parse("2026-11-20T15:00:00Z");
  private final Pipeline pipeline = Pipeline.standard();

  static Requisition requisition() {
    Team team = new Team("Auto Sales East", "Charlotte, NC", ZoneId.of("America/New_York"));
    return Requisition.draft(
        new RequisitionDetails(
            "Sales Agent",
            team,
            WorkMode.ON_SITE,
            "Charlotte, NC",
            Set.of(),
            Set.of(),
            2,
            LocalDate.of(2027, 1, 6),
            new BigDecimal("18"),
            new BigDecimal("22"),
            "USD",
            PayBasis.HOURLY,
            "Days",
            "Mon-Fri",
            EmploymentType.FULL_TIME,
            null,
            null,
            Set.of(),
            "Sell",
            List.of(),
            List.of()),
        "recruiter@example.com",
        Instant.EPOCH);
  }

  private Application application() {
    return new Application(
        new Candidate("Ana Lopez", "ana@example.com", null, IntakeChannel.CAREERS_PAGE, now),
        requisition(),
        IntakeChannel.CAREERS_PAGE,
        now);
  }

  @Test
  void movesForwardAndBackRecordingWhoWhenFromToAndWhy() {
    Application a = application();
    StageChange first =
        a.move(pipeline, "PHONE_INTERVIEW", "Strong resume", "riley@example.com", now);
    assertThat(first.fromStage()).isEqualTo("APPLIED");
    assertThat(first.toStage()).isEqualTo("PHONE_INTERVIEW");
    assertThat(first.reason()).isEqualTo("Strong resume");
    assertThat(first.actor()).isEqualTo("riley@example.com");
    assertThat(first.at()).isEqualTo(now);
    a.move(pipeline, "SCREEN", null, "riley@example.com", now.plusSeconds(60));
    assertThat(a.stage()).isEqualTo("SCREEN");
    assertThat(a.stageEnteredAt()).isEqualTo(now.plusSeconds(60));
  }

  @Test
  void theFurthestStageAndTheTimeInEachStageAreKeptForTheReports() {
    Application a = application();
    assertThat(a.started("riley@example.com").secondsInStage()).isNull();
    StageChange toPhone = a.move(pipeline, "PHONE_INTERVIEW", null, "r", now.plusSeconds(7200));
    assertThat(toPhone.secondsInStage()).isEqualTo(7200);
    a.move(pipeline, "SCREEN", null, "r", now.plusSeconds(10800));
    assertThat(a.furthestStage()).as("a move back keeps the furthest").isEqualTo("PHONE_INTERVIEW");
    StageChange rejected = a.move(pipeline, "REJECTED", "No evenings", "r", now.plusSeconds(14400));
    assertThat(rejected.secondsInStage()).isEqualTo(3600);
    assertThat(a.furthestStage()).isEqualTo("PHONE_INTERVIEW");
  }

  @Test
  void rejectAndWithdrawNeedAReasonAndCloseTheApplication() {
    Application a = application();
    assertThatThrownBy(() -> a.move(pipeline, "REJECTED", " ", "r", now))
        .isInstanceOf(InvalidInput.class);
    assertThat(a.stage()).isEqualTo("APPLIED");
    a.move(pipeline, "SCREEN", null, "r", now);
    a.move(pipeline, "WITHDRAWN", "Took another job", "r", now);
    assertThat(a.closed()).isTrue();
    assertThat(a.closeReason()).isEqualTo("Took another job");
    assertThatThrownBy(() -> a.move(pipeline, "OFFER", null, "r", now))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("reopen it first");
  }

  @Test
  void reopenReturnsToTheStageItWasClosedInAndNeedsAReason() {
    Application a = application();
    a.move(pipeline, "MOCK_SALES_CALL", null, "r", now);
    a.move(pipeline, "REJECTED", "Mock call below the bar", "r", now);
    assertThatThrownBy(() -> a.reopen(pipeline, null, "r", now)).isInstanceOf(InvalidInput.class);
    StageChange back = a.reopen(pipeline, "Second chance", "r", now);
    assertThat(back.toStage()).isEqualTo("MOCK_SALES_CALL");
    assertThat(back.reason()).isEqualTo("Reopened: Second chance");
    assertThat(a.closeReason()).isNull();
    assertThatThrownBy(() -> a.reopen(pipeline, "again", "r", now)).isInstanceOf(Conflict.class);
  }

  @Test
  void hiredNeedsAnAcceptedOfferAndEndsThePipeline() {
    Application a = application();
    assertThatThrownBy(() -> a.acceptOffer(now)).isInstanceOf(Conflict.class);
    a.move(pipeline, "OFFER", null, "r", now);
    assertThatThrownBy(() -> a.move(pipeline, "HIRED", null, "r", now))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("accepted offer");
    a.acceptOffer(now);
    a.move(pipeline, "HIRED", null, "r", now);
    assertThatThrownBy(() -> a.move(pipeline, "SCREEN", null, "r", now))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> a.move(pipeline, "REJECTED", "oops", "r", now))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void unknownStagesAndMovesToTheSameStageAreRefused() {
    Application a = application();
    assertThatThrownBy(() -> a.move(pipeline, "BACKGROUND_CHECK", null, "r", now))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> a.move(pipeline, "APPLIED", null, "r", now))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void aKnockOutRejectsAtOnceAndReopeningItIsARecordedOverride() {
    Application a = application();
    StageChange knockout =
        a.recordAnswers("[\"No\"]", "Answered \"No\" to \"Can you work Saturdays?\"", now);
    assertThat(knockout.toStage()).isEqualTo("REJECTED");
    assertThat(knockout.actor()).isEqualTo("system");
    assertThat(a.knockedOut()).isTrue();
    assertThat(a.knockoutOverriddenBy()).isNull();
    a.reopen(pipeline, "Can work Saturdays after all", "riley@example.com", now);
    assertThat(a.stage()).isEqualTo("APPLIED");
    assertThat(a.knockoutOverriddenBy()).isEqualTo("riley@example.com");
    assertThat(a.recordAnswers("[\"Yes\"]", null, now)).isNull();
  }

  @Test
  void adjustedPipelinesKeepAppliedFirstOfferAndHiredLast() {
    List<Pipeline.Stage> stages = new ArrayList<>(pipeline.stages());
    stages.add(2, new Pipeline.Stage("CUSTOM_1", "Background check", false));
    Pipeline adjusted = new Pipeline(stages).validated();
    assertThat(adjusted.name("CUSTOM_1")).isEqualTo("Background check");
    assertThat(adjusted.name("REJECTED")).isEqualTo("Rejected");
    List<Pipeline.Stage> noOffer = new ArrayList<>(stages);
    noOffer.removeIf(s -> s.key().equals("OFFER"));
    assertThatThrownBy(() -> new Pipeline(noOffer).validated()).isInstanceOf(InvalidInput.class);
    List<Pipeline.Stage> hiredFirst = new ArrayList<>(stages);
    hiredFirst.add(0, hiredFirst.remove(hiredFirst.size() - 1));
    assertThatThrownBy(() -> new Pipeline(hiredFirst).validated()).isInstanceOf(InvalidInput.class);
    List<Pipeline.Stage> twice = new ArrayList<>(stages);
    twice.add(3, new Pipeline.Stage("CUSTOM_2", "background CHECK", true));
    assertThatThrownBy(() -> new Pipeline(twice).validated()).isInstanceOf(InvalidInput.class);
  }

  @Test
  void tagsAreShortAndCaseInsensitive() {
    Application a = application();
    assertThat(a.tag(" Bilingual ")).isTrue();
    assertThat(a.tag("bilingual")).isFalse();
    assertThat(a.tags()).containsExactly("bilingual");
    assertThatThrownBy(() -> a.tag("<script>")).isInstanceOf(InvalidInput.class);
  }
}
