package org.floorready.application.control;

import java.util.List;
import java.util.Optional;
import org.floorready.platform.InvalidInput;
import org.floorready.requisition.entity.KnockoutQuestion;

/** An applicant's answers to a job's knock-out questions, checked against the questions. */
public final class KnockoutAnswers {
  private KnockoutAnswers() {}

  /**
   * The reason the answers disqualify (the first disqualifying answer, in words), or empty; refuses
   * answers that do not fit the questions (400, by field), so nothing is stored for them.
   */
  public static Optional<String> disqualification(
      List<KnockoutQuestion> questions, List<String> answers) {
    if (answers.size() != questions.size()) {
      throw new InvalidInput("answers", "answer each of the " + questions.size() + " questions");
    }
    String disqualification = null;
    for (int i = 0; i < questions.size(); i++) {
      KnockoutQuestion q = questions.get(i);
      String answer = answers.get(i);
      if (q.options().stream().noneMatch(o -> o.equalsIgnoreCase(answer))) {
        throw new InvalidInput(
            "answers[" + i + "]", "choose one of " + String.join(", ", q.options()));
      }
      if (disqualification == null && q.disqualifies(answer)) {
        disqualification = "Answered \"" + answer + "\" to \"" + q.question() + "\"";
      }
    }
    return Optional.ofNullable(disqualification);
  }
}
