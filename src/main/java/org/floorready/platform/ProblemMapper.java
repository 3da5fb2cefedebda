package org.floorready.platform;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Renders every exception that leaves a resource as RFC 9457 problem+json. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context UriInfo uriInfo;
  @Context SecurityContext securityContext;
  @Context HttpHeaders headers;

  /**
   * A Basic challenge only to clients that sent Basic credentials: to a browser calling the API
   * with its session cookie, a Basic challenge would pop up the browser's own password dialog.
   */
  static String challenge(String authorization) {
    boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    return basic ? "Basic realm=\"FloorReady\", charset=\"UTF-8\"" : "Session realm=\"FloorReady\"";
  }

  @Override
  public Response toResponse(Throwable thrown) {
    Problem problem = problemFor(thrown).at(uriInfo.getRequestUri().getPath());
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    if (problem.status() == 401) {
      response.header("WWW-Authenticate", challenge(headers.getHeaderString("Authorization")));
    }
    if (problem.status() == 503) {
      // unavailable for now (parser busy, a file another node stored not yet visible): retry
      response.header("Retry-After", "5");
    }
    return response.build();
  }

  private Problem problemFor(Throwable thrown) {
    Throwable cause = rootOfInterest(thrown);
    if (cause instanceof WebApplicationException && cause.getCause() instanceof Refusal refusal) {
      cause = refusal;
    }
    if (cause instanceof InvalidInput invalid) {
      return Problem.of(invalid).withViolations(invalid.violations());
    }
    if (cause instanceof Conflict conflict && conflict.current() != null) {
      return Problem.of(conflict).withCurrent(conflict.current());
    }
    if (cause instanceof Refusal refusal) {
      return Problem.of(refusal);
    }
    if (cause instanceof ConstraintViolationException invalid) {
      return Violations.problem(invalid);
    }
    if (cause instanceof jakarta.validation.ValidationException) {
      return Problem.of(InvalidInput.class, cause.getMessage());
    }
    if (cause instanceof OptimisticLockException
        || cause instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
      return Problem.of(
          StaleEdit.class,
          "Someone else changed this record since you loaded it. Reload it and apply your change again.");
    }
    if (cause instanceof JsonbException || cause instanceof ProcessingException) {
      return Problem.of(
          400, "Bad Request", "The request body is not valid JSON for this operation.");
    }
    if (cause instanceof ForbiddenException && securityContext.getUserPrincipal() == null) {
      return Problem.of(401, "Unauthorized", "Sign in or send HTTP Basic credentials.");
    }
    if (cause instanceof NotAuthorizedException) {
      return Problem.of(401, "Unauthorized", "Sign in or send HTTP Basic credentials.");
    }
    if (cause instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      String reason = web.getResponse().getStatusInfo().getReasonPhrase();
      return Problem.of(status, reason, detailOf(web, status));
    }
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unhandled error " + errorId, thrown);
    return Problem.of(
            500,
            "Internal Server Error",
            "Something went wrong on our side. Quote error id " + errorId + ".")
        .withErrorId(errorId);
  }

  private static String detailOf(WebApplicationException web, int status) {
    String message = web.getMessage();
    boolean generic = message == null || message.startsWith("HTTP " + status);
    return switch (status) {
      case 400 ->
          generic
              ? "The request body is missing or is not valid JSON for this operation."
              : message;
      case 403 ->
          generic || message.startsWith("Caller not in")
              ? "Your roles do not allow this."
              : message;
      case 404 -> generic ? "Nothing exists at this address." : message;
      case 405 -> "This address does not accept that method.";
      case 406 -> "This address cannot produce the requested media type.";
      case 415 -> generic ? "This address does not accept that media type." : message;
      default -> message;
    };
  }

  /** Unwraps transaction and persistence wrappers down to the exception that says what happened. */
  private static Throwable rootOfInterest(Throwable thrown) {
    Throwable current = thrown;
    for (int depth = 0; current != null && depth < 10; depth++) {
      if (current instanceof Refusal
          || current instanceof ConstraintViolationException
          || current instanceof OptimisticLockException
          || current instanceof org.eclipse.persistence.exceptions.OptimisticLockException
          || current instanceof WebApplicationException
          || current instanceof JsonbException) {
        return current;
      }
      if (!(current instanceof PersistenceException
          || current instanceof RollbackException
          || current instanceof jakarta.transaction.TransactionalException
          || current instanceof jakarta.ejb.EJBException
          || current instanceof ProcessingException)) {
        break;
      }
      current = current.getCause();
    }
    return thrown instanceof ProcessingException ? thrown : (current == null ? thrown : current);
  }
}
