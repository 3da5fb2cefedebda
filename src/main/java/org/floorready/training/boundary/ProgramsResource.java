package org.floorready.training.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.security.entity.Role;
import org.floorready.training.entity.ModuleKind;
import org.floorready.training.entity.ScoreRule;
import org.floorready.training.entity.TrainingModule;

/** Training programs: ordered modules with planned hours, pass marks and retakes. */
@Path("training/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
@RolesAllowed({Role.ADMIN_NAME, Role.TRAINER_NAME, Role.RECRUITER_NAME})
public class ProgramsResource {
  @Inject Programs programs;

  /** One module: hours planned, and for an assessed one the pass mark, retakes and rule. */
  public record ModuleRequest(
      @NotBlank @Size(max = 200) String name,
      @NotNull ModuleKind kind,
      @NotNull Integer plannedHours,
      Integer passMark,
      Integer retakes,
      ScoreRule scoreRule) {
    public ModuleRequest(
        String name,
        ModuleKind kind,
        Integer plannedHours,
        Integer passMark,
        Integer retakes,
        ScoreRule scoreRule) {
      this.name = name;
      this.kind = kind;
      this.plannedHours = plannedHours;
      this.passMark = passMark;
      this.retakes = retakes;
      this.scoreRule = scoreRule;
    }

    TrainingModule.Definition definition() {
      return new TrainingModule.Definition(
          name.strip(), kind, plannedHours, passMark, retakes == null ? 0 : retakes, scoreRule);
    }
  }

  /** A program: its name, a description and the modules in order. */
  public record ProgramRequest(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 2000) String description,
      @NotNull @Size(min = 1, max = 40) List<@NotNull @Valid ModuleRequest> modules,
      Long version) {
    public ProgramRequest(
        String name, String description, List<ModuleRequest> modules, Long version) {
      this.name = name;
      this.description = description;
      this.modules = modules;
      this.version = version;
    }

    List<TrainingModule.Definition> definitions() {
      return modules.stream().map(ModuleRequest::definition).toList();
    }
  }

  @GET
  @Operation(summary = "Every training program with its modules")
  public List<Programs.ProgramView> list() {
    return programs.list();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One training program")
  public Programs.ProgramView get(@PathParam("id") long id) {
    return programs.get(id);
  }

  @POST
  @Operation(summary = "Define a training program (trainers and admins)")
  public Response create(@Valid @NotNull ProgramRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(
            programs.create(request.name().strip(), request.description(), request.definitions()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a training program; modules in use stay")
  public Programs.ProgramView update(
      @PathParam("id") long id, @Valid @NotNull ProgramRequest request) {
    return programs.update(
        id,
        request.name().strip(),
        request.description(),
        request.definitions(),
        request.version());
  }
}
