package org.floorready.candidate.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.candidate.control.ProfileReader;
import org.floorready.candidate.control.SkillTaxonomy;
import org.floorready.candidate.control.TermDefinition;
import org.floorready.candidate.entity.SkillTerm;
import org.floorready.platform.Conflict;
import org.floorready.platform.database.DatabaseReady;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.Role;

/** The skill taxonomy: the built-in terms, and the ones admins add (used by every later parse). */
@Path("skills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
@Transactional
public class SkillsResource {
  @PersistenceContext EntityManager em;
  @Inject ProfileReader reader;
  @Inject AuditTrail audit;
  @Inject Caller caller;

  /** A skill to add, with the other ways resumes write it. */
  public record New(@NotBlank @Size(max = 120) String name, @NotNull List<@NotBlank String> aliases) {
    // Explicit, so the constraints stay off its parameters: Payara's OpenAPI scanner fails on them.
    public New(String name, List<String> aliases) {
      this.name = name;
      this.aliases = aliases == null ? List.of() : aliases;
    }
  }

  /** A term of the taxonomy; built-in ones have no id. */
  public record Term(Long id, String name, List<String> aliases, boolean builtIn) {}

  @GET
  @RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
  @Operation(summary = "Every skill the parser recognizes: built-in and added by admins")
  public List<Term> all() {
    List<Term> terms = new java.util.ArrayList<>(new SkillTaxonomy().terms().stream()
        .map(t -> new Term(null, t.name(), t.aliases(), true)).toList());
    added().forEach(s -> terms.add(new Term(s.id(), s.name(), s.aliases(), false)));
    return terms;
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Add a skill (and its aliases) to the taxonomy")
  public Response add(@Valid @NotNull New term) {
    boolean exists = all().stream().anyMatch(t -> t.name().equalsIgnoreCase(term.name().trim()));
    if (exists) {
      throw new Conflict("The taxonomy already has " + term.name().trim() + ".");
    }
    SkillTerm added = new SkillTerm(term.name().trim(), term.aliases().stream().map(String::trim).toList(),
        caller.name(), Instant.now());
    em.persist(added);
    em.flush();
    audit.created(added);
    refresh();
    return Response.status(Response.Status.CREATED).entity(new Term(added.id(), added.name(), added.aliases(), false)).build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  public Response remove(@PathParam("id") long id) {
    SkillTerm term = em.find(SkillTerm.class, id);
    if (term == null) {
      throw new NotFoundException("No added skill " + id + ".");
    }
    audit.deleted(term);
    em.remove(term);
    em.flush();
    refresh();
    return Response.noContent().build();
  }

  void loadAtStart(@Observes @Priority(950) DatabaseReady ready) {
    refresh();
  }

  private void refresh() {
    reader.useAdditionalSkills(added().stream().map(s -> new TermDefinition(s.name(), s.aliases())).toList());
  }

  private List<SkillTerm> added() {
    return em.createQuery("select s from SkillTerm s order by s.name", SkillTerm.class).getResultList();
  }
}
