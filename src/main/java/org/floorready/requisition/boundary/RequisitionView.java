package org.floorready.requisition.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.floorready.requisition.entity.ApprovalStep;
import org.floorready.requisition.entity.KnockoutQuestion;
import org.floorready.requisition.entity.LicenseRequirement;
import org.floorready.requisition.entity.Opening;
import org.floorready.requisition.entity.Requisition;
import org.floorready.requisition.entity.RequisitionEvent;
import org.floorready.requisition.entity.ScreeningCriterion;
import org.floorready.security.entity.AppUser;

/** Requisitions as the API shows them. */
public final class RequisitionView {
  private RequisitionView() {}

  /** A person named on a requisition. */
  @Schema(name = "RequisitionPerson")
  public record Person(long id, String name, String email) {
    static Person of(AppUser user) {
      return user == null ? null : new Person(user.id(), user.displayName(), user.email());
    }
  }

  /** One line of the requisition list. */
  @Schema(name = "RequisitionSummary")
  public record Summary(
      long id,
      String title,
      String status,
      long teamId,
      String team,
      String workMode,
      String site,
      List<String> licensedStates,
      int openings,
      int openOpenings,
      LocalDate targetStartDate,
      Person hiringManager,
      Person recruiter,
      Instant statusChangedAt,
      String slug,
      List<PipelineFigures.StageCount> applicants) {
    static Summary of(Requisition r) {
      return of(r, null);
    }

    /** With {@code applicants}: the pipeline's stages and how many are in each (lists only). */
    static Summary of(Requisition r, List<PipelineFigures.StageCount> applicants) {
      int open = (int) r.openings().stream().filter(Opening::isOpen).count();
      List<String> states =
          r.licenses().stream().map(LicenseRequirement::state).distinct().sorted().toList();
      return new Summary(
          r.id(),
          r.title(),
          r.status().name(),
          r.team().id(),
          r.team().name(),
          r.workMode().name(),
          r.site(),
          states,
          r.openings().size(),
          open,
          r.targetStartDate(),
          Person.of(r.hiringManager()),
          Person.of(r.recruiter()),
          r.statusChangedAt(),
          r.slug(),
          applicants);
    }
  }

  /** An opening and its time to fill in days. */
  public record OpeningView(
      long id,
      int number,
      String status,
      Instant openedAt,
      Instant filledAt,
      String filledBy,
      Long daysToFill) {
    static OpeningView of(Opening o) {
      return new OpeningView(
          o.id(),
          o.number(),
          o.status().name(),
          o.openedAt(),
          o.filledAt(),
          o.filledBy(),
          o.timeToFill().map(d -> d.toDays()).orElse(null));
    }
  }

  /** An approval step of some round. */
  public record StepView(
      long id,
      int round,
      int position,
      String approver,
      String status,
      String decidedBy,
      Instant decidedAt,
      String comment) {
    static StepView of(ApprovalStep s) {
      return new StepView(
          s.id(),
          s.round(),
          s.position(),
          s.approverLabel(),
          s.status().name(),
          s.decidedBy(),
          s.decidedAt(),
          s.comment());
    }
  }

  /** A dated history entry. */
  @Schema(name = "RequisitionHistoryEntry")
  public record EventView(
      Instant at, String actor, String type, String fromStatus, String toStatus, String detail) {
    static EventView of(RequisitionEvent e) {
      return new EventView(
          e.at(),
          e.actor(),
          e.type().name(),
          e.fromStatus() == null ? null : e.fromStatus().name(),
          e.toStatus() == null ? null : e.toStatus().name(),
          e.detail());
    }
  }

  /** A screening criterion. */
  public record CriterionView(String kind, String value, Integer minMonths, boolean mustHave) {
    static CriterionView of(ScreeningCriterion c) {
      return new CriterionView(c.kind().name(), c.value(), c.minMonths(), c.mustHave());
    }
  }

  /** A knock-out question. */
  public record KnockoutView(
      String question, String answerType, List<String> options, List<String> disqualifying) {
    static KnockoutView of(KnockoutQuestion k) {
      return new KnockoutView(k.question(), k.answerType().name(), k.options(), k.disqualifying());
    }
  }

  /** Everything about one requisition, and what the caller may do with it now. */
  @Schema(name = "RequisitionDetail")
  public record Detail(
      Summary summary,
      String description,
      String descriptionHtml,
      List<String> remoteStates,
      Map<String, List<String>> licenses,
      BigDecimal payMin,
      BigDecimal payMax,
      String payCurrency,
      String payBasis,
      String shift,
      String schedule,
      String employmentType,
      List<Person> interviewers,
      List<CriterionView> criteria,
      List<KnockoutView> knockoutQuestions,
      List<OpeningView> openings,
      List<StepView> approvals,
      List<EventView> history,
      int approvalRound,
      String createdBy,
      Instant createdAt,
      Instant firstOpenedAt,
      Long clonedFromId,
      List<String> actions,
      long version) {

    static Detail of(Requisition r, String html, List<String> actions) {
      Map<String, List<String>> licenses = new TreeMap<>();
      r.licenses()
          .forEach(
              l ->
                  licenses
                      .computeIfAbsent(l.state(), s -> new java.util.ArrayList<>())
                      .add(l.line()));
      licenses.values().forEach(lines -> lines.sort(Comparator.naturalOrder()));
      return new Detail(
          Summary.of(r),
          r.description(),
          html,
          List.copyOf(new TreeSet<>(r.remoteStates())),
          licenses,
          r.payMin(),
          r.payMax(),
          r.payCurrency(),
          r.payBasis().name(),
          r.shift(),
          r.schedule(),
          r.employmentType().name(),
          r.interviewers().stream()
              .map(Person::of)
              .sorted(Comparator.comparing(Person::name))
              .toList(),
          r.criteria().stream().map(CriterionView::of).toList(),
          r.knockoutQuestions().stream().map(KnockoutView::of).toList(),
          r.openings().stream().map(OpeningView::of).toList(),
          r.approvalSteps().stream().map(StepView::of).toList(),
          r.events().stream().map(EventView::of).toList(),
          r.approvalRound(),
          r.createdBy(),
          r.createdAt(),
          r.firstOpenedAt(),
          r.clonedFromId(),
          actions,
          r.version());
    }
  }

  /** An approval waiting for the caller. */
  public record InboxItem(
      long requisitionId,
      String title,
      String team,
      int openings,
      LocalDate targetStartDate,
      String requestedBy,
      int round,
      int position,
      String approver,
      Instant waitingSince) {}
}
