package org.floorready.interview.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.ValidTimeZone;

/** The candidate's side of a scheduling link: no account, the signed link is the key. */
@Path("self-scheduling/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews")
@PermitAll
public class SelfSchedulingResource {
  @Inject SelfScheduling scheduling;

  public record Pick(@NotNull Instant start, @ValidTimeZone String candidateZone) {
    public Pick(Instant start, String candidateZone) {
      this.start = start;
      this.candidateZone = candidateZone;
    }
  }

  public record CandidateCancel(@Size(max = 500) String reason) {
    public CandidateCancel(String reason) {
      this.reason = reason;
    }
  }

  @GET
  @Operation(
      summary =
          "The free times of the link's interview in the candidate's zone, and what is booked")
  public SelfScheduling.Choice choices(
      @PathParam("token") String token, @QueryParam("zone") @ValidTimeZone String zone) {
    return scheduling.choices(token, zone);
  }

  @POST
  @Operation(
      summary =
          "Book one of the offered times (or move the booked one to it); 409 slot-taken with"
              + " fresh times when someone else took it meanwhile")
  public SelfScheduling.Choice pick(@PathParam("token") String token, @Valid @NotNull Pick pick) {
    return scheduling.pick(token, pick.start(), pick.candidateZone());
  }

  @POST
  @Path("cancellation")
  @Operation(summary = "CandidateCancel the interview booked through the link (until the cutoff)")
  public SelfScheduling.Choice cancel(
      @PathParam("token") String token, @Valid CandidateCancel cancel) {
    return scheduling.cancel(token, cancel == null ? null : cancel.reason());
  }
}
