package org.floorready.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.ApiToken;
import org.floorready.security.entity.Role;

/**
 * API tokens for scripts and integrations; the token itself is in the answer to its creation only.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
@RolesAllowed({
  Role.ADMIN_NAME,
  Role.RECRUITER_NAME,
  Role.HIRING_MANAGER_NAME,
  Role.INTERVIEWER_NAME,
  Role.TRAINER_NAME
})
public class TokensResource {
  @Inject ApiTokens tokens;
  @Inject Caller caller;

  /**
   * A token to create: its name, how many days it lasts (none: until revoked), for whom (admins
   * only), and the owner's roles it is limited to (none: all of them, as they change).
   */
  public record NewToken(
      @NotBlank @Size(max = 120) String name,
      @Min(1) @Max(3650) Integer validDays,
      Long userId,
      @Size(max = 6) Set<Role> roles) {
    public NewToken(String name, Integer validDays, Long userId, Set<Role> roles) {
      this.name = name;
      this.validDays = validDays;
      this.userId = userId;
      this.roles = roles;
    }
  }

  /** A token as listed: never the token itself. */
  public record TokenView(
      long id,
      long userId,
      String owner,
      String name,
      Set<String> limitedTo,
      String createdBy,
      Instant createdAt,
      Instant expiresAt,
      Instant lastUsedAt,
      Instant revokedAt) {
    static TokenView of(ApiToken t) {
      return new TokenView(
          t.id(),
          t.user().id(),
          t.user().email(),
          t.name(),
          t.limitedTo(),
          t.createdBy(),
          t.createdAt(),
          t.expiresAt(),
          t.lastUsedAt(),
          t.revokedAt());
    }
  }

  /** The answer to a creation: the token, shown this once, and how to send it. */
  public record CreatedToken(TokenView details, String token, String use) {}

  @GET
  @Operation(summary = "Your API tokens; an admin lists another user's with ?userId=")
  public List<TokenView> list(@QueryParam("userId") Long userId) {
    return tokens.list(userId).stream().map(TokenView::of).toList();
  }

  @POST
  @Operation(
      summary =
          "Create an API token for yourself, or (admins) for a user such as a service account,"
              + " optionally limited to some of the owner's roles; the token is shown once")
  public Response create(@Valid @NotNull NewToken request) {
    long owner = request.userId() == null ? caller.user().id() : request.userId();
    ApiTokens.Created created =
        tokens.create(owner, request.name(), request.validDays(), request.roles());
    return Response.status(Response.Status.CREATED)
        .entity(
            new CreatedToken(
                TokenView.of(created.record()),
                created.token(),
                "Authorization: Bearer " + created.token()))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Revoke a token at once (yours; admins any)")
  public TokenView revoke(@PathParam("id") long id) {
    return TokenView.of(tokens.revoke(id));
  }
}
