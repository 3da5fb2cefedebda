package org.floorready.platform;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid request bodies and parameters: 400 with one violation per field. Needed beside {@link
 * ProblemMapper} because Jersey's own, closer mapper would otherwise answer an empty 400.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    Problem problem = Violations.problem(invalid).at(uriInfo.getRequestUri().getPath());
    return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
