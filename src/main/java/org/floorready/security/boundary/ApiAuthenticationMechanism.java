package org.floorready.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.floorready.platform.Problem;
import org.floorready.security.control.SignInOutcome;
import org.floorready.security.entity.AppUser;

/**
 * One mechanism for the API: the session cookie set by {@code POST /api/v1/session} (the UI) or
 * stateless HTTP Basic (scripts). Pages and static files need no caller.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {
  /** Request attribute telling the CSRF filter that the caller came in with the session cookie. */
  public static final String VIA_SESSION = "floorready.viaSession";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Authenticator authenticator;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/")) {
      return context.doNothing();
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(header.substring(6).trim(), response, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user) {
      Optional<AppUser> current = authenticator.sessionUser(user);
      if (current.isPresent()) {
        request.setAttribute(VIA_SESSION, Boolean.TRUE);
        return context.notifyContainerAboutLogin(current.get().email(), current.get().roleNames());
      }
      session.invalidate();
    }
    return context.doNothing();
  }

  private AuthenticationStatus basic(
      String encoded, HttpServletResponse response, HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return refuse(response, Problem.of(401, "Unauthorized", "Malformed HTTP Basic credentials."));
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return refuse(response, Problem.of(401, "Unauthorized", "Malformed HTTP Basic credentials."));
    }
    SignInOutcome outcome =
        authenticator.attempt(decoded.substring(0, colon), decoded.substring(colon + 1));
    if (outcome instanceof SignInOutcome.Success success) {
      AppUser user = success.user();
      return context.notifyContainerAboutLogin(user.email(), user.roleNames());
    }
    return refuse(response, SignInProblems.of(outcome));
  }

  /** Writes the problem ourselves: the container's own 401 page is HTML. */
  private static AuthenticationStatus refuse(HttpServletResponse response, Problem problem) {
    try {
      response.setStatus(problem.status());
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      if (problem.status() == 401) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"FloorReady\", charset=\"UTF-8\"");
      }
      if (problem.status() == 429) {
        response.setHeader("Retry-After", "60");
      }
      response.getWriter().write(JSON.toJson(problem));
      response.flushBuffer();
    } catch (IOException e) {
      // the client went away; nothing left to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
