package org.floorready.application.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;
import org.floorready.platform.database.RateCounter;
import org.floorready.platform.web.ClientAddress;

/**
 * At most {@code floorready.apply.max-per-address} applications per client address in ten minutes:
 * enough for a family sharing a router, too few for a script. Counted before the form's body is
 * read (a refused sender costs no upload), and in the database, so every node counts the same.
 */
@Provider
@ApplyRateLimit.Limited
public class ApplyRateLimit implements ContainerRequestFilter {
  static final Duration WINDOW = Duration.ofMinutes(10);

  /** Marks the operations this limit guards. */
  @NameBinding
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  public @interface Limited {}

  @Inject
  @ConfigProperty(name = "floorready.apply.max-per-address")
  int max;

  @Inject RateCounter counter;
  @Inject ClientAddress clientAddress;
  @Context HttpServletRequest request;

  /** Too many applications from one address (429). */
  @ProblemType(value = "too-many-applications", status = 429, title = "Too many applications")
  public static class TooManyApplications extends Refusal {
    TooManyApplications() {
      super("Too many applications from your network in a short time. Try again in a few minutes.");
    }
  }

  @Override
  public void filter(ContainerRequestContext context) {
    if (counter.hit("apply:" + clientAddress.of(request), WINDOW, Instant.now()) > max) {
      throw new TooManyApplications();
    }
  }
}
