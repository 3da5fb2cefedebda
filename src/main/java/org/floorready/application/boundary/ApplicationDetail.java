package org.floorready.application.boundary;

import java.time.Instant;
import java.util.List;
import org.floorready.application.control.ScreeningJson;
import org.floorready.application.control.ScreeningResult;
import org.floorready.application.entity.Application;
import org.floorready.application.entity.Pipeline;
import org.floorready.application.entity.StageChange;

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
    List<Move> history) {

  /** One recorded move, with the stage names as the pipeline calls them. */
  public record Move(
      Instant at,
      String actor,
      String from,
      String fromName,
      String to,
      String toName,
      String reason) {
    static Move of(StageChange s, Pipeline p) {
      return new Move(
          s.at(),
          s.actor(),
          s.fromStage(),
          p.name(s.fromStage()),
          s.toStage(),
          p.name(s.toStage()),
          s.reason());
    }
  }

  static ApplicationDetail of(Application a, Pipeline p, List<StageChange> moves, Instant now) {
    return new ApplicationDetail(
        ApplicationSummary.of(a, p, now),
        p.stages(),
        a.closedFromStage(),
        a.closeReason(),
        a.knockoutReason(),
        a.knockoutOverriddenBy(),
        a.offerAcceptedAt(),
        ScreeningJson.read(a.screeningJson()),
        moves.stream().map(m -> Move.of(m, p)).toList());
  }
}
