package org.floorready.training.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One module of a program: planned hours and, when assessed, a pass mark (0–100), the retakes
 * allowed after the first attempt, and whether the best or the latest attempt counts.
 */
@Entity
@Table(name = "training_module")
public class TrainingModule {

  /** How a person stands on an assessed module. */
  public record Result(Integer score, boolean passed, int attempts, int retakesLeft) {
    public boolean failed() {
      return score != null && !passed && retakesLeft == 0;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_module_seq")
  @SequenceGenerator(
      name = "training_module_seq",
      sequenceName = "training_module_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "program_id")
  private TrainingProgram program;

  private int position;
  private String name;

  @Enumerated(EnumType.STRING)
  private ModuleKind kind;

  private int plannedHours;
  private Integer passMark;
  private int retakes;

  @Enumerated(EnumType.STRING)
  private ScoreRule scoreRule;

  protected TrainingModule() {}

  TrainingModule(TrainingProgram program, int position, Definition d) {
    this.program = program;
    this.position = position;
    apply(d);
  }

  /** What a module is, as an admin or trainer defines it. */
  public record Definition(
      String name,
      ModuleKind kind,
      int plannedHours,
      Integer passMark,
      int retakes,
      ScoreRule scoreRule) {}

  void apply(Definition d) {
    this.name = d.name();
    this.kind = d.kind();
    this.plannedHours = d.plannedHours();
    this.passMark = d.passMark();
    this.retakes = d.passMark() == null ? 0 : d.retakes();
    this.scoreRule = d.scoreRule() == null ? ScoreRule.BEST : d.scoreRule();
  }

  public boolean assessed() {
    return passMark != null;
  }

  /**
   * The standing from the scores of the attempts so far, in the order taken: the counted score is
   * the best or the latest per the module's rule.
   */
  public Result result(List<Integer> scoresInOrder) {
    int attempts = scoresInOrder.size();
    if (attempts == 0) {
      return new Result(null, false, 0, retakes);
    }
    Integer counted =
        scoreRule == ScoreRule.LATEST
            ? scoresInOrder.get(attempts - 1)
            : scoresInOrder.stream().max(Comparator.naturalOrder()).orElseThrow();
    boolean passed = passMark != null && counted >= passMark;
    int left = passed ? 0 : Math.max(0, retakes + 1 - attempts);
    return new Result(counted, passed, attempts, left);
  }

  /**
   * Refuses a further attempt when the module is not assessed, was passed (under the best-score
   * rule a pass cannot be lost), or has no retake left.
   */
  public void requireAttemptAllowed(List<Integer> scoresSoFar) {
    if (!assessed()) {
      throw new org.floorready.platform.InvalidInput("moduleId", "has no assessment");
    }
    if (scoresSoFar.isEmpty()) {
      return;
    }
    Result now = result(scoresSoFar);
    if (now.passed() && scoreRule == ScoreRule.BEST) {
      throw new RetakesUsedUp("This person passed " + name + " already.");
    }
    if (scoresSoFar.size() > retakes) {
      throw new RetakesUsedUp(
          "No retake of "
              + name
              + " is left: "
              + (retakes == 0 ? "it allows none" : "it allows " + retakes)
              + ".");
    }
  }

  public Optional<Integer> passMark() {
    return Optional.ofNullable(passMark);
  }

  public Long id() {
    return id;
  }

  public TrainingProgram program() {
    return program;
  }

  public int position() {
    return position;
  }

  public String name() {
    return name;
  }

  public ModuleKind kind() {
    return kind;
  }

  public int plannedHours() {
    return plannedHours;
  }

  public int retakes() {
    return retakes;
  }

  public ScoreRule scoreRule() {
    return scoreRule;
  }
}
