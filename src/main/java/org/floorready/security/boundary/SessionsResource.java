package org.floorready.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.Problem;
import org.floorready.platform.web.ClientAddress;
import org.floorready.security.control.SignInOutcome;
import org.floorready.security.entity.AppUser;

/** Sign in (session cookie for the UI), who am I, sign out, and one's own password. */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
public class SessionsResource {
  @Inject Authenticator authenticator;
  @Inject Sessions sessions;
  @Inject Passwords passwords;
  @Inject Users users;
  @Inject ClientAddress clientAddress;
  @Context HttpServletRequest request;

  /** Email and password to sign in with. */
  public record Credentials(
      @NotBlank @Size(max = 320) String email, @NotNull @Size(max = 200) String password) {
    public Credentials(String email, String password) {
      this.email = email;
      this.password = password;
    }
  }

  /** The current password and the one to use from now on. */
  public record PasswordChange(
      @NotNull @Size(max = 200) String currentPassword,
      @NotNull @Size(max = 200) String newPassword) {
    public PasswordChange(String currentPassword, String newPassword) {
      this.currentPassword = currentPassword;
      this.newPassword = newPassword;
    }
  }

  /** The address to send a "forgot password" link to. */
  public record ResetRequest(@NotBlank @Size(max = 320) String email) {
    public ResetRequest(String email) {
      this.email = email;
    }
  }

  /** The token of an emailed link and the new password. */
  public record Reset(
      @NotBlank @Size(max = 100) String token, @NotNull @Size(max = 200) String newPassword) {
    public Reset(String token, String newPassword) {
      this.token = token;
      this.newPassword = newPassword;
    }
  }

  /**
   * The signed-in user, the CSRF token the UI sends back on every change (null for HTTP Basic and
   * API tokens, which need none), and whether the password must be changed before anything else.
   */
  public record Me(
      long id,
      String email,
      String displayName,
      Set<String> roles,
      String timeZone,
      Long teamId,
      String teamName,
      String csrfToken,
      boolean passwordChangeRequired) {
    static Me of(AppUser user, String csrfToken) {
      return new Me(
          user.id(),
          user.email(),
          user.displayName(),
          user.actingRoleNames(),
          user.timeZone(),
          user.team() == null ? null : user.team().id(),
          user.team() == null ? null : user.team().name(),
          csrfToken,
          user.passwordChangeRequired());
    }
  }

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Sign in; sets an HttpOnly, SameSite=Strict session cookie and returns the CSRF token")
  public Response signIn(@Valid @NotNull Credentials credentials) {
    SignInOutcome outcome =
        authenticator.attempt(
            credentials.email(), credentials.password(), clientAddress.of(request));
    if (!(outcome instanceof SignInOutcome.Success success)) {
      Problem problem = SignInProblems.of(outcome).at("/session");
      return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
    ApiAuthenticationMechanism.sessionCookie(request).ifPresent(sessions::end);
    Sessions.Started started = sessions.start(success.user());
    return Response.ok(Me.of(success.user(), started.csrfToken()))
        .header(
            "Set-Cookie",
            SessionCookie.set(
                started.token(), started.maxAgeSeconds(), clientAddress.secure(request)))
        .build();
  }

  @GET
  @PermitAll
  @Operation(summary = "The signed-in user; 204 without a body when nobody is signed in")
  @APIResponse(responseCode = "200", description = "The signed-in user")
  @APIResponse(responseCode = "204", description = "Nobody is signed in")
  public Response me(@Context SecurityContext security) {
    if (security.getUserPrincipal() == null) {
      return Response.noContent().build();
    }
    Sessions.Current session =
        (Sessions.Current) request.getAttribute(ApiAuthenticationMechanism.SESSION);
    return Response.ok(Me.of(users.me(), session == null ? null : session.csrfToken())).build();
  }

  @DELETE
  @PermitAll
  @Operation(summary = "Sign out: ends the session on every node and clears the cookie")
  public Response signOut() {
    ApiAuthenticationMechanism.sessionCookie(request).ifPresent(sessions::end);
    return Response.noContent()
        .header("Set-Cookie", SessionCookie.clear(clientAddress.secure(request)))
        .build();
  }

  @PUT
  @Path("password")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change your own password (the current one is required); your other sessions end")
  public Response changePassword(
      @Valid @NotNull PasswordChange change, @Context SecurityContext security) {
    if (security.getUserPrincipal() == null) {
      throw new jakarta.ws.rs.NotAuthorizedException("Sign in first.", "Session");
    }
    passwords.change(
        users.byEmail(security.getUserPrincipal().getName()),
        change.currentPassword(),
        change.newPassword(),
        (Sessions.Current) request.getAttribute(ApiAuthenticationMechanism.SESSION));
    return Response.noContent().build();
  }

  @POST
  @Path("password-reset")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Forgot password: mails a single-use link to the address if it has an account;"
              + " answers 202 either way")
  public Response requestReset(@Valid @NotNull ResetRequest reset) {
    passwords.requestReset(reset.email(), clientAddress.of(request));
    return Response.accepted().build();
  }

  @POST
  @Path("password-reset/confirm")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Set a new password with the token of an emailed link; every session of the account ends")
  public Response reset(@Valid @NotNull Reset reset) {
    passwords.reset(reset.token(), reset.newPassword());
    return Response.noContent().build();
  }
}
