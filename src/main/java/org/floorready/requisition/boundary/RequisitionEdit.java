package org.floorready.requisition.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.floorready.requisition.entity.AnswerType;
import org.floorready.requisition.entity.CriterionKind;
import org.floorready.requisition.entity.EmploymentType;
import org.floorready.requisition.entity.PayBasis;
import org.floorready.requisition.entity.WorkMode;

/**
 * The body that creates or changes a requisition (send the version you edited when changing one).
 */
public record RequisitionEdit(
    @NotBlank @Size(max = 200) String title,
    @NotNull Long teamId,
    @NotNull WorkMode workMode,
    @Size(max = 200) String site,
    Set<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String>
        remoteStates,
    List<@Valid @NotNull LicenseLines> licenses,
    @NotNull @Min(1) @Max(500) Integer openings,
    LocalDate targetStartDate,
    @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal payMin,
    @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal payMax,
    @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter currency code such as USD")
        String payCurrency,
    @NotNull PayBasis payBasis,
    @Size(max = 200) String shift,
    @Size(max = 400) String schedule,
    @NotNull EmploymentType employmentType,
    Long hiringManagerId,
    Long recruiterId,
    Set<@NotNull Long> interviewerIds,
    @Size(max = 20000) String description,
    List<@Valid @NotNull Criterion> criteria,
    List<@Valid @NotNull Knockout> knockoutQuestions,
    Long version) {

  public RequisitionEdit(
      String title,
      Long teamId,
      WorkMode workMode,
      String site,
      Set<String> remoteStates,
      List<LicenseLines> licenses,
      Integer openings,
      LocalDate targetStartDate,
      BigDecimal payMin,
      BigDecimal payMax,
      String payCurrency,
      PayBasis payBasis,
      String shift,
      String schedule,
      EmploymentType employmentType,
      Long hiringManagerId,
      Long recruiterId,
      Set<@NotNull Long> interviewerIds,
      String description,
      List<Criterion> criteria,
      List<Knockout> knockoutQuestions,
      Long version) {
    this.title = title;
    this.teamId = teamId;
    this.workMode = workMode;
    this.site = site;
    this.remoteStates = remoteStates == null ? Set.of() : remoteStates;
    this.licenses = licenses == null ? List.of() : licenses;
    this.openings = openings;
    this.targetStartDate = targetStartDate;
    this.payMin = payMin;
    this.payMax = payMax;
    this.payCurrency = payCurrency == null || payCurrency.isBlank() ? "USD" : payCurrency;
    this.payBasis = payBasis;
    this.shift = shift;
    this.schedule = schedule;
    this.employmentType = employmentType;
    this.hiringManagerId = hiringManagerId;
    this.recruiterId = recruiterId;
    this.interviewerIds = interviewerIds == null ? Set.of() : interviewerIds;
    this.description = description;
    this.criteria = criteria == null ? List.of() : criteria;
    this.knockoutQuestions = knockoutQuestions == null ? List.of() : knockoutQuestions;
    this.version = version;
  }

  @AssertTrue(message = "the lowest pay must not be above the highest")
  public boolean isPayRangeOrdered() {
    return payMin == null || payMax == null || payMin.compareTo(payMax) <= 0;
  }

  @AssertTrue(
      message = "remote requisitions need the states hires may live in; on-site ones need a site")
  public boolean isLocationComplete() {
    return workMode == null
        || (workMode == WorkMode.REMOTE
            ? !remoteStates.isEmpty()
            : site != null && !site.isBlank());
  }

  /** A state and the lines of authority the hires need there. */
  public record LicenseLines(
      @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code")
          String state,
      @NotEmpty
          List<
                  @NotNull
                  @Pattern(
                      regexp = "Property|Casualty|Personal Lines",
                      message = "must be Property, Casualty or Personal Lines")
                  String>
              lines) {
    public LicenseLines(String state, List<String> lines) {
      this.state = state;
      this.lines = lines;
    }
  }

  /** A screening criterion: value for skills, languages and states; minMonths for experience. */
  public record Criterion(
      @NotNull CriterionKind kind,
      @Size(max = 200) String value,
      @Min(0) Integer minMonths,
      boolean mustHave) {
    public Criterion(CriterionKind kind, String value, Integer minMonths, boolean mustHave) {
      this.kind = kind;
      this.value = value;
      this.minMonths = minMonths;
      this.mustHave = mustHave;
    }

    @AssertTrue(message = "experience criteria need minMonths; the others need a value")
    public boolean isComplete() {
      if (kind == null) {
        return true;
      }
      boolean months =
          kind == CriterionKind.EXPERIENCE_MONTHS || kind == CriterionKind.CONTACT_CENTER_MONTHS;
      return months ? minMonths != null : value != null && !value.isBlank();
    }
  }

  /** A knock-out question; disqualifying answers must be among its options (Yes/No for YES_NO). */
  public record Knockout(
      @NotBlank @Size(max = 500) String question,
      @NotNull AnswerType answerType,
      List<@NotBlank String> options,
      @NotEmpty List<@NotBlank String> disqualifying) {
    public Knockout(
        String question, AnswerType answerType, List<String> options, List<String> disqualifying) {
      this.question = question;
      this.answerType = answerType;
      this.options = options == null ? List.of() : options;
      this.disqualifying = disqualifying;
    }

    @AssertTrue(
        message = "disqualifying answers must be among the options (Yes/No for yes-no questions)")
    public boolean isConsistent() {
      if (answerType == null || disqualifying == null) {
        return true;
      }
      List<String> choices = answerType == AnswerType.YES_NO ? List.of("Yes", "No") : options;
      return (answerType == AnswerType.YES_NO || choices.size() >= 2)
          && disqualifying.stream()
              .allMatch(d -> choices.stream().anyMatch(c -> c.equalsIgnoreCase(d)));
    }
  }
}
