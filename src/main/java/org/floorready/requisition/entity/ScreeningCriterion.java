package org.floorready.requisition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One thing screening checks: a skill, a language, months of experience, or a license held in a
 * state. A must-have that is not met is flagged, never silently rejected.
 */
@Embeddable
public class ScreeningCriterion {
  @Enumerated(EnumType.STRING)
  private CriterionKind kind;

  @Column(name = "criterion_value")
  private String value;

  private Integer minMonths;
  private boolean mustHave;

  protected ScreeningCriterion() {}

  public ScreeningCriterion(CriterionKind kind, String value, Integer minMonths, boolean mustHave) {
    this.kind = kind;
    this.value = value;
    this.minMonths = minMonths;
    this.mustHave = mustHave;
  }

  public CriterionKind kind() {
    return kind;
  }

  public String value() {
    return value;
  }

  public Integer minMonths() {
    return minMonths;
  }

  public boolean mustHave() {
    return mustHave;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScreeningCriterion that
        && kind == that.kind
        && Objects.equals(value, that.value)
        && Objects.equals(minMonths, that.minMonths)
        && mustHave == that.mustHave;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value, minMonths, mustHave);
  }

  @Override
  public String toString() {
    String what =
        kind == CriterionKind.EXPERIENCE_MONTHS || kind == CriterionKind.CONTACT_CENTER_MONTHS
            ? kind.name().toLowerCase().replace('_', ' ') + " ≥ " + minMonths
            : kind.name().toLowerCase().replace('_', ' ') + " " + value;
    return (mustHave ? "must: " : "nice: ") + what;
  }
}
