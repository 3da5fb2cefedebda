package org.floorready.requisition.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.platform.openapi.PagedOperations;
import org.floorready.requisition.control.MarkdownRenderer;
import org.floorready.requisition.entity.LicenseRequirement;
import org.floorready.requisition.entity.Requisition;

/** The public careers page's API: open jobs only, no sign-in. */
@Path("careers/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Careers (public)")
@PermitAll
public class CareersResource {
  @Inject Careers careers;

  /** A job as applicants see it. */
  public record Job(
      String slug,
      String title,
      String workMode,
      String location,
      List<String> remoteStates,
      String employmentType,
      BigDecimal payMin,
      BigDecimal payMax,
      String payCurrency,
      String payBasis,
      String shift,
      String schedule,
      LocalDate targetStartDate,
      List<String> licenseStates,
      Instant postedAt) {
    static Job of(Requisition r) {
      String location =
          switch (r.workMode()) {
            case REMOTE ->
                "Remote (" + String.join(", ", r.remoteStates().stream().sorted().toList()) + ")";
            case HYBRID -> r.site() + " (hybrid)";
            case ON_SITE -> r.site();
          };
      return new Job(
          r.slug(),
          r.title(),
          r.workMode().name(),
          location,
          r.remoteStates().stream().sorted().toList(),
          r.employmentType().name(),
          r.payMin(),
          r.payMax(),
          r.payCurrency(),
          r.payBasis().name(),
          r.shift(),
          r.schedule(),
          r.targetStartDate(),
          r.licenses().stream().map(LicenseRequirement::state).distinct().sorted().toList(),
          r.firstOpenedAt());
    }
  }

  /** A question an applicant answers when applying. */
  @Schema(name = "JobQuestion")
  public record Question(int index, String question, List<String> options) {}

  /** The job page: the job, its description as safe HTML, and the questions of the apply form. */
  public record JobPage(Job job, String descriptionHtml, List<Question> questions) {}

  @GET
  @Extension(name = PagedOperations.MARK, value = "true")
  @Operation(summary = "Search open jobs by keyword, state and remote")
  public Page<Job> search(
      @QueryParam("q") String text,
      @QueryParam("state") String state,
      @QueryParam("remote") Boolean remote,
      @Valid @BeanParam PageRequest page) {
    return careers.search(text, state, remote, page).map(Job::of);
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One open job by its public address")
  public JobPage job(@PathParam("slug") String slug) {
    Requisition r = careers.job(slug);
    var questions = new java.util.ArrayList<Question>();
    for (int i = 0; i < r.knockoutQuestions().size(); i++) {
      questions.add(
          new Question(
              i, r.knockoutQuestions().get(i).question(), r.knockoutQuestions().get(i).options()));
    }
    return new JobPage(Job.of(r), MarkdownRenderer.toSafeHtml(r.description()), questions);
  }
}
