package org.floorready.platform.jobs;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The background jobs as admins see them: when each runs next, its last success and failure; and
 * "run now" for a recurring job (it runs on whichever node picks it up first, once).
 */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RolesAllowed("ADMIN")
public class JobsResource {
  @Inject Jobs jobs;

  /** One job's schedule and health. */
  public record JobView(
      String name,
      Instant nextRun,
      Instant lastSuccess,
      Instant lastFailure,
      int consecutiveFailures,
      boolean running) {
    static JobView of(ScheduledExecution<Object> e) {
      return new JobView(
          e.getTaskInstance().getTaskName(),
          e.getExecutionTime(),
          e.getLastSuccess(),
          e.getLastFailure(),
          e.getConsecutiveFailures(),
          e.isPicked());
    }
  }

  @GET
  @Operation(
      summary = "Every recurring background job with its next run, last success and last failure")
  public List<JobView> list() {
    return jobs.client().getScheduledExecutions(ScheduledExecutionsFilter.all()).stream()
        .filter(e -> RECURRING.equals(e.getTaskInstance().getId()))
        .map(JobView::of)
        .sorted(Comparator.comparing(JobView::name))
        .toList();
  }

  @POST
  @Path("{name}/run")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Run a recurring job now (once, on one node); its schedule goes on from there")
  public JobView runNow(@PathParam("name") String name) {
    if (list().stream().noneMatch(j -> j.name().equals(name))
        || !jobs.client().reschedule(TaskInstanceId.of(name, RECURRING), Instant.now())) {
      throw new NotFoundException("No background job " + name + ".");
    }
    return list().stream()
        .filter(j -> j.name().equals(name))
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  // db-scheduler names the one instance of a recurring task so
  private static final String RECURRING = "recurring";
}
