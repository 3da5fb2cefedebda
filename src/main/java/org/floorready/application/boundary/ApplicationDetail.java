package org.floorready.application.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.floorready.application.control.ScreeningJson;
import org.floorready.application.control.ScreeningResult;
import org.floorready.application.entity.Application;
import org.floorready.application.entity.Pipeline;
import org.floorready.application.entity.StageChange;
import org.floorready.platform.database.JsonArrays;
import org.floorready.requisition.entity.KnockoutQuestion;

/** One application in full: the summary, the explained score, the knock-out, and every move. */
public record ApplicationDetail(
    ApplicationSummary summary,
    List<Pipeline.Stage> pipeline,
    String closedFromStage,
    String closeReason,
    String knockoutReason,
    String knockoutOverriddenBy,
    Instant offerAcceptedAt,
    List<ScreeningResult.Line> screening,
    List<Answer> answers,
    List<Move> history) {

  /**
   * A knock-out question of the requisition with the applicant's answer ("" when not answered: an
   * upload, or a question added later) and whether that answer disqualifies.
   */
  public record Answer(String question, String answer, boolean disqualifying) {}

  /**
   * One recorded move, with the stage names as the pipeline calls them and who made it by name
   * ({@code actor} stays the email; the applicant's own step is "applicant").
   */
  public record Move(
      Instant at,
      String actor,
      String actorName,
      String from,
      String fromName,
      String to,
      String toName,
      String reason) {
    static Move of(StageChange s, Pipeline p, Function<String, String> names) {
      return new Move(
          s.at(),
          s.actor(),
          names.apply(s.actor()),
          s.fromStage(),
          p.name(s.fromStage()),
          s.toStage(),
          p.name(s.toStage()),
          s.reason());
    }
  }

  static ApplicationDetail of(
      Application a,
      Pipeline p,
      List<StageChange> moves,
      Function<String, String> names,
      Instant now) {
    return new ApplicationDetail(
        ApplicationSummary.of(a, p, now),
        p.stages(),
        a.closedFromStage(),
        a.closeReason(),
        a.knockoutReason(),
        a.knockoutOverriddenBy(),
        a.offerAcceptedAt(),
        ScreeningJson.read(a.screeningJson()),
        answers(a),
        moves.stream().map(m -> Move.of(m, p, names)).toList());
  }

  private static List<Answer> answers(Application a) {
    List<KnockoutQuestion> questions = a.requisition().knockoutQuestions();
    List<String> given = a.answers() == null ? List.of() : JsonArrays.strings(a.answers());
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      String answer = i < given.size() && given.get(i) != null ? given.get(i) : "";
      answers.add(
          new Answer(
              questions.get(i).question(),
              answer,
              !answer.isEmpty() && questions.get(i).disqualifies(answer)));
    }
    return answers;
  }
}
