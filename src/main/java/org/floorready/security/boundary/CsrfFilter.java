package org.floorready.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * A state-changing request authenticated by the session cookie must carry the session's CSRF token
 * in {@value #HEADER}; HTTP Basic and API-token requests carry no cookie and need none.
 */
@Provider
public class CsrfFilter implements ContainerRequestFilter {
  public static final String HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (SAFE.contains(context.getMethod())
        || request.getAttribute(ApiAuthenticationMechanism.VIA_SESSION) == null
        || context.getUriInfo().getPath().startsWith("careers/")
        || context.getUriInfo().getPath().startsWith("session/password-reset")
        || context.getUriInfo().getPath().equals("session")
            && !"DELETE".equals(context.getMethod())) {
      // the public endpoints (careers, sign-in, forgot password) grant nothing to a session, so a
      // forged request gains nothing
      return;
    }
    Sessions.Current session =
        (Sessions.Current) request.getAttribute(ApiAuthenticationMechanism.SESSION);
    String sent = context.getHeaderString(HEADER);
    if (session == null
        || sent == null
        || !MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
      throw new ForbiddenException("Missing or wrong " + HEADER + " header; reload the page.");
    }
  }
}
