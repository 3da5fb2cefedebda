package org.floorready.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.floorready.platform.Problem;
import org.floorready.platform.web.ClientAddress;
import org.floorready.security.control.SignInOutcome;
import org.floorready.security.entity.ApiToken;
import org.floorready.security.entity.AppUser;

/**
 * One mechanism for the API, three ways in: the session cookie set by {@code POST /api/v1/session}
 * (the UI), an API token as {@code Authorization: Bearer …} (scripts and integrations), or HTTP
 * Basic (kept for compatibility; it verifies the password, and counts failures, on every request).
 * Pages and static files need no caller.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {
  /** Request attribute: the caller came in with the session cookie (the CSRF filter checks it). */
  public static final String VIA_SESSION = "floorready.viaSession";

  /** Request attribute: the session of the caller, for the CSRF check and a password change. */
  public static final String SESSION = "floorready.session";

  /** Request attribute: the user who signed in with a password (session or HTTP Basic). */
  public static final String PASSWORD_USER = "floorready.passwordUser";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Authenticator authenticator;
  @Inject Sessions sessions;
  @Inject ApiTokens tokens;
  @Inject ClientAddress clientAddress;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/")) {
      return context.doNothing();
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(header.substring(6).trim(), request, response, context);
    }
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<ApiToken> token = tokens.valid(header.substring(7).trim());
      if (token.isEmpty()) {
        return refuse(
            response,
            Problem.of(401, "Unauthorized", "The API token is unknown, expired or revoked."));
      }
      return context.notifyContainerAboutLogin(
          token.get().user().email(), token.get().grantedRoleNames());
    }
    Optional<Sessions.Current> session = sessionCookie(request).flatMap(sessions::current);
    if (session.isPresent()) {
      request.setAttribute(VIA_SESSION, Boolean.TRUE);
      request.setAttribute(SESSION, session.get());
      AppUser user = session.get().user();
      request.setAttribute(PASSWORD_USER, user);
      return context.notifyContainerAboutLogin(user.email(), user.roleNames());
    }
    return context.doNothing();
  }

  static Optional<String> sessionCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (SessionCookie.NAME.equals(cookie.getName())) {
        return Optional.ofNullable(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
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
        authenticator.attempt(
            decoded.substring(0, colon), decoded.substring(colon + 1), clientAddress.of(request));
    if (outcome instanceof SignInOutcome.Success success) {
      AppUser user = success.user();
      request.setAttribute(PASSWORD_USER, user);
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
