package org.floorready.offer.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The candidate's side of an offer: no account, the signed link from the offer email is the key.
 */
@Path("offer-links/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offers")
@PermitAll
public class OfferLinkResource {
  @Inject OfferLinks links;

  /** Why the candidate declines. */
  public record DeclineRequest(@NotBlank @Size(max = 1000) String reason) {
    public DeclineRequest(String reason) {
      this.reason = reason;
    }
  }

  @GET
  @Operation(
      summary =
          "The offer: pay, shift, place, start, class, expiry, and whether it can be answered")
  public OfferLinks.CandidateOffer view(@PathParam("token") String token) {
    return links.view(token);
  }

  @GET
  @Path("letter.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The offer letter as PDF")
  public Response letter(@PathParam("token") String token) {
    return Response.ok(links.letter(token), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"offer-letter.pdf\"")
        .build();
  }

  @POST
  @Path("acceptance")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Accept the offer (a second accept changes nothing)")
  public OfferLinks.CandidateOffer accept(@PathParam("token") String token) {
    return links.accept(token);
  }

  @POST
  @Path("decline")
  @Operation(summary = "Decline the offer, with a reason")
  public OfferLinks.CandidateOffer decline(
      @PathParam("token") String token, @Valid @NotNull DeclineRequest d) {
    return links.decline(token, d.reason().strip());
  }
}
