package org.floorready.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.Problem;
import org.floorready.security.control.SignInOutcome;
import org.floorready.security.entity.AppUser;

/** Sign in (session cookie for the UI), who am I, sign out. */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
public class SessionsResource {
  @Inject Authenticator authenticator;
  @Inject Users users;
  @Context HttpServletRequest request;

  /** Email and password to sign in with. */
  public record Credentials(@NotBlank String email, @NotNull String password) {
    public Credentials(String email, String password) {
      this.email = email;
      this.password = password;
    }
  }

  /** The signed-in user and the CSRF token the UI sends back on every change. */
  public record Me(
      long id,
      String email,
      String displayName,
      Set<String> roles,
      String timeZone,
      Long teamId,
      String teamName,
      String csrfToken) {
    static Me of(AppUser user, String csrfToken) {
      return new Me(
          user.id(),
          user.email(),
          user.displayName(),
          user.roleNames(),
          user.timeZone(),
          user.team() == null ? null : user.team().id(),
          user.team() == null ? null : user.team().name(),
          csrfToken);
    }
  }

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sign in; sets an HttpOnly session cookie and returns the CSRF token")
  public Response signIn(@Valid @NotNull Credentials credentials) {
    SignInOutcome outcome = authenticator.attempt(credentials.email(), credentials.password());
    if (!(outcome instanceof SignInOutcome.Success success)) {
      Problem problem = SignInProblems.of(outcome).at("/session");
      return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    SessionUser user = SessionUser.start(success.user().id(), success.user().sessionEpoch());
    session.setAttribute(SessionUser.ATTRIBUTE, user);
    return Response.ok(Me.of(success.user(), user.csrfToken())).build();
  }

  @GET
  @PermitAll
  @Operation(summary = "The signed-in user (401 when nobody is signed in)")
  public Me me(@Context SecurityContext security) {
    if (security.getUserPrincipal() == null) {
      throw new NotAuthorizedException("Not signed in.", "Basic");
    }
    HttpSession session = request.getSession(false);
    String token =
        session != null && session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user
            ? user.csrfToken()
            : null;
    return Me.of(users.byEmail(security.getUserPrincipal().getName()), token);
  }

  @DELETE
  @PermitAll
  @Operation(summary = "Sign out: ends the session")
  public Response signOut() {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return Response.noContent().build();
  }
}
