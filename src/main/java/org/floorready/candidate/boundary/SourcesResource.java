package org.floorready.candidate.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.candidate.entity.RecruitingSource.CostModel;
import org.floorready.candidate.entity.RecruitingSource.Kind;
import org.floorready.security.entity.Role;

/** Recruiting sources with their cost models: every staff role reads them, admins keep them. */
@Path("sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME, Role.HIRING_MANAGER_NAME, Role.TRAINER_NAME})
public class SourcesResource {
  @Inject Sources sources;

  /** A source as an admin writes it; a blank code is made from the name. */
  public record SourceRequest(
      @NotBlank @Size(max = 120) String name,
      @Size(max = 40) String code,
      @NotNull Kind kind,
      @NotNull CostModel costModel,
      @Digits(integer = 7, fraction = 2) BigDecimal costAmount,
      LocalDate costSince,
      Boolean active,
      Long version) {
    public SourceRequest(
        String name,
        String code,
        Kind kind,
        CostModel costModel,
        BigDecimal costAmount,
        LocalDate costSince,
        Boolean active,
        Long version) {
      this.name = name;
      this.code = code;
      this.kind = kind;
      this.costModel = costModel;
      this.costAmount = costAmount;
      this.costSince = costSince;
      this.active = active;
      this.version = version;
    }

    Sources.SourceEdit edit() {
      return new Sources.SourceEdit(
          name.strip(), code, kind, costModel, costAmount, costSince, active);
    }
  }

  @GET
  @Operation(
      summary =
          "The recruiting sources with their cost models and careers links (?source=code), retired"
              + " ones included")
  public List<Sources.SourceView> list() {
    return sources.list();
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Add a recruiting source (job board, referral, agency, BPO vendor, job fair)")
  public Response add(@Valid @NotNull SourceRequest s) {
    return Response.status(Response.Status.CREATED).entity(sources.add(s.edit())).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Change a source, its cost model, or retire it (active=false): its links stop"
              + " attributing, its monthly fee stops, the people it brought keep it")
  public Sources.SourceView change(@PathParam("id") long id, @Valid @NotNull SourceRequest s) {
    return sources.change(id, s.edit(), s.version());
  }
}
