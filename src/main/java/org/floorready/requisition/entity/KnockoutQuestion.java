package org.floorready.requisition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A question applicants answer; an answer among the disqualifying ones rejects the application
 * automatically (with the reason stored; a recruiter may override). Options and disqualifying
 * answers are kept one per line.
 */
@Embeddable
public class KnockoutQuestion {
  private String question;

  @Enumerated(EnumType.STRING)
  private AnswerType answerType;

  @Column(name = "options")
  private String optionLines;

  @Column(name = "disqualifying")
  private String disqualifyingLines;

  protected KnockoutQuestion() {}

  public KnockoutQuestion(
      String question, AnswerType type, List<String> options, List<String> disqualifying) {
    this.question = question;
    this.answerType = type;
    this.optionLines =
        String.join("\n", type == AnswerType.YES_NO ? List.of("Yes", "No") : options);
    this.disqualifyingLines = String.join("\n", disqualifying);
  }

  public String question() {
    return question;
  }

  public AnswerType answerType() {
    return answerType;
  }

  public List<String> options() {
    return lines(optionLines);
  }

  public List<String> disqualifying() {
    return lines(disqualifyingLines);
  }

  public boolean disqualifies(String answer) {
    return answer != null
        && disqualifying().stream().anyMatch(d -> d.equalsIgnoreCase(answer.trim()));
  }

  private static List<String> lines(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split("\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KnockoutQuestion that
        && Objects.equals(question, that.question)
        && answerType == that.answerType
        && Objects.equals(optionLines, that.optionLines)
        && Objects.equals(disqualifyingLines, that.disqualifyingLines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(question, answerType, optionLines, disqualifyingLines);
  }

  @Override
  public String toString() {
    return question + " (disqualifying: " + String.join(", ", disqualifying()) + ")";
  }
}
