package org.floorready.candidate.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.candidate.entity.SavedSearch;
import org.floorready.security.entity.Role;

/** Each recruiter's saved candidate searches. */
@Path("saved-searches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
public class SavedSearchesResource {
  @Inject SavedSearches searches;

  /**
   * A search to save: a name and the query string of the candidate search (e.g.
   * "q=five9&state=TX").
   */
  public record NewSavedSearch(
      @NotBlank @Size(max = 200) String name, @NotNull @Size(max = 4000) String query) {
    public NewSavedSearch(String name, String query) {
      this.name = name;
      this.query = query;
    }
  }

  /** A saved search. */
  public record View(long id, String name, String query, Instant createdAt) {
    static View of(SavedSearch s) {
      return new View(s.id(), s.name(), s.query(), s.createdAt());
    }
  }

  @GET
  public List<View> mine() {
    return searches.mine().stream().map(View::of).toList();
  }

  @POST
  public Response save(@Valid @NotNull NewSavedSearch search) {
    return Response.status(Response.Status.CREATED)
        .entity(View.of(searches.save(search.name(), search.query())))
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    searches.delete(id);
    return Response.noContent().build();
  }
}
