package org.floorready.candidate.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.candidate.control.CandidateSearch;
import org.floorready.candidate.entity.Corrections;
import org.floorready.candidate.entity.ResumeDocument;
import org.floorready.platform.Page;
import org.floorready.platform.PageRequest;
import org.floorready.platform.database.ConcurrentUpdate;
import org.floorready.platform.openapi.PagedOperations;
import org.floorready.platform.web.DownloadName;
import org.floorready.resume.control.ResumeStorage;
import org.floorready.security.entity.Role;

/**
 * Candidates: search, profile, corrections and their undo, resume download, duplicates. Recruiters
 * and admins only.
 */
@Path("candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
@RolesAllowed({Role.ADMIN_NAME, Role.RECRUITER_NAME})
public class CandidatesResource {
  @Inject Candidates candidates;
  @Inject ProfileCorrections corrections;
  @Inject ResumeStorage storage;
  @Inject Erasure erasure;
  @Inject Sources sources;

  /** Who found a person: a recruiting source's id, or null for not known. */
  public record SourceChoice(Long sourceId) {
    public SourceChoice(Long sourceId) {
      this.sourceId = sourceId;
    }
  }

  /** Corrections to a profile, at the version edited. */
  public record Correction(@NotNull Corrections corrections, Long version) {
    public Correction(Corrections corrections, Long version) {
      this.corrections = corrections;
      this.version = version;
    }
  }

  @GET
  @Extension(name = PagedOperations.MARK, value = "true")
  @Operation(
      summary =
          "Search: full text (q) over resume text and name, plus filters; ranked by relevance",
      description =
          "state, language and skill each match one whole entry of the candidate's list, ignoring case. "
              + "appliedFrom and appliedTo are calendar dates (inclusive) in the signed-in user's time zone. "
              + "totalItems is exact up to the next multiple of 1,000 past the requested page; beyond that "
              + "totalCapped is true and more than totalItems match.")
  public Page<CandidateView.Summary> search(
      @QueryParam("q") String text,
      @QueryParam("requisitionId") Long requisitionId,
      @QueryParam("stage") String stage,
      @QueryParam("state") String state,
      @QueryParam("language") String language,
      @QueryParam("minExperienceMonths") Integer minExperience,
      @QueryParam("skill") String skill,
      @QueryParam("source") String source,
      @QueryParam("appliedFrom") String appliedFrom,
      @QueryParam("appliedTo") String appliedTo,
      @QueryParam("duplicates") boolean duplicatesOnly,
      @Valid @BeanParam PageRequest page) {
    var criteria =
        new CandidateSearch.Criteria(
            text,
            requisitionId,
            stage,
            state,
            language,
            minExperience,
            skill,
            source,
            day("appliedFrom", appliedFrom),
            day("appliedTo", appliedTo),
            duplicatesOnly);
    return candidates.search(criteria, page).map(CandidateView.Summary::of);
  }

  @GET
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME
  })
  @Path("{id}")
  @Operation(
      summary =
          "The profile: values, parsed fields with their source text, applications, documents,"
              + " timeline. Hiring managers and interviewers see the people who applied to"
              + " requisitions they see, with those applications only")
  public CandidateView.Detail get(@PathParam("id") long id) {
    return candidates.detail(id);
  }

  @PUT
  @Path("{id}/source")
  @Operation(
      summary =
          "Say who found this person (a recruiting source, or null: not known); reports count their"
              + " applications under it")
  public CandidateView.Detail attribute(
      @PathParam("id") long id, @Valid @NotNull SourceChoice choice) {
    sources.attribute(id, choice.sourceId());
    return candidates.detail(id);
  }

  @PUT
  @Path("{id}/corrections")
  @Operation(summary = "Correct profile fields; corrections survive re-parsing")
  public CandidateView.Detail correct(
      @PathParam("id") long id, @Valid @NotNull Correction correction) {
    corrections.correct(id, correction.corrections(), correction.version());
    return candidates.detail(id);
  }

  @DELETE
  @Path("{id}/corrections/{field}")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Undo the correction of one field (e.g. city): it shows the parsed or typed value again;"
              + " send the version you saw as ?version= (stale: 409)")
  public CandidateView.Detail undoCorrection(
      @PathParam("id") long id,
      @PathParam("field") String field,
      @QueryParam("version") Long version) {
    corrections.undo(id, field, version);
    return candidates.detail(id);
  }

  @GET
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME
  })
  @Path("{id}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download the original document")
  public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
    ResumeDocument document = candidates.document(id, documentId);
    String type =
        document.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : document.mediaType();
    return Response.ok(storage.existing(document.sha256()).toFile(), type)
        .header("Content-Disposition", DownloadName.attachment(document.fileName()))
        .build();
  }

  @GET
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.RECRUITER_NAME,
    Role.HIRING_MANAGER_NAME,
    Role.INTERVIEWER_NAME
  })
  @Path("{id}/documents/{documentId}/text")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(summary = "The document's extracted text, for the in-page preview")
  public String text(@PathParam("id") long id, @PathParam("documentId") long documentId) {
    String text = candidates.document(id, documentId).textContent();
    return text == null ? "" : text;
  }

  @POST
  @Path("{id}/merge/{otherId}")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Merge another record into this one: applications, documents and events move here")
  public CandidateView.Detail merge(@PathParam("id") long id, @PathParam("otherId") long otherId) {
    candidates.merge(id, otherId);
    return candidates.detail(id);
  }

  @POST
  @Path("{id}/not-duplicate/{otherId}")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Mark two records as different people; they are not flagged again")
  public CandidateView.Detail notDuplicate(
      @PathParam("id") long id, @PathParam("otherId") long otherId) {
    candidates.notDuplicate(id, otherId);
    return candidates.detail(id);
  }

  @POST
  @Path("{id}/erasure")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Erase the person's personal data and documents (an erasure request); anonymous counts stay")
  public Response erase(@PathParam("id") long id) {
    // a background job (the mail relay sending a message about the person) may touch the same rows
    ConcurrentUpdate.retried(
        5,
        () -> {
          erasure.erase(id, "erasure request");
          return null;
        });
    return Response.noContent().build();
  }

  private static LocalDate day(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + " must be a date such as 2026-11-26.");
    }
  }
}
