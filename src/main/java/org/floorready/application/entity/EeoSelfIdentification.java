package org.floorready.application.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Voluntary EEO self-identification. Deliberately not linked to the candidate or the application:
 * it can only ever be reported in aggregate per requisition, never seen next to a person.
 */
@Entity
@Table(name = "eeo_response")
public class EeoSelfIdentification {
  // random, not a sequence: the order of the rows must not follow the order of the applications
  @Id private String id = UUID.randomUUID().toString();

  private long requisitionId;

  // the month only: an exact time would match the application's
  private LocalDate submittedMonth;
  private String gender;
  private String raceEthnicity;
  private String veteranStatus;
  private String disabilityStatus;

  // a keyed hash of the application (see EeoLinks): only the reporting code can match it, in
  // aggregate
  private String applicationKey;

  /** One voluntary question, by the name of its form part, with the answers it offers. */
  @Schema(name = "SelfIdentificationQuestion")
  public record Question(String field, String question, List<String> choices) {}

  /** The EEO-1 questions and answers; a blank answer means "prefer not to say". */
  public static final List<Question> QUESTIONS =
      List.of(
          new Question("eeoGender", "Gender", List.of("Female", "Male", "Non-binary")),
          new Question(
              "eeoRaceEthnicity",
              "Race or ethnicity",
              List.of(
                  "Hispanic or Latino",
                  "White",
                  "Black or African American",
                  "Native Hawaiian or Other Pacific Islander",
                  "Asian",
                  "American Indian or Alaska Native",
                  "Two or more races")),
          new Question(
              "eeoVeteranStatus",
              "Veteran status",
              List.of("I am a protected veteran", "I am not a protected veteran")),
          new Question(
              "eeoDisabilityStatus",
              "Disability",
              List.of(
                  "Yes, I have a disability (or previously had one)",
                  "No, I do not have a disability")));

  /** The answers that are not among a question's choices, by form part; blank answers are fine. */
  public static Map<String, String> unknownAnswers(Map<String, String> answers) {
    Map<String, String> problems = new LinkedHashMap<>();
    for (Question question : QUESTIONS) {
      String answer = answers.get(question.field());
      if (answer != null && !answer.isBlank() && !question.choices().contains(answer.trim())) {
        problems.put(
            question.field(),
            "choose one of: " + String.join("; ", question.choices()) + " — or leave it empty");
      }
    }
    return problems;
  }

  protected EeoSelfIdentification() {}

  public EeoSelfIdentification(
      long requisitionId,
      String gender,
      String raceEthnicity,
      String veteranStatus,
      String disabilityStatus,
      String applicationKey,
      Instant now) {
    this.requisitionId = requisitionId;
    this.applicationKey = applicationKey;
    this.gender = answer(gender);
    this.raceEthnicity = answer(raceEthnicity);
    this.veteranStatus = answer(veteranStatus);
    this.disabilityStatus = answer(disabilityStatus);
    this.submittedMonth = now.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
  }

  private static String answer(String given) {
    return given == null || given.isBlank() ? null : given.trim();
  }
}
