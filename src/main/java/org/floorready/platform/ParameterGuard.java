package org.floorready.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses a NUL character in the address before any resource sees it (PostgreSQL cannot compare or
 * store one in text, and no name, id or search term has one): 400 naming the query parameter, or
 * the path. The JSON body has its own guard ({@link JsonBodyGuard}), form fields theirs ({@link
 * MultipartForm}).
 */
@Provider
@PreMatching
public class ParameterGuard implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext context) {
    MultivaluedMap<String, String> query = context.getUriInfo().getQueryParameters(true);
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      if (hasNul(parameter.getKey())
          || parameter.getValue().stream().anyMatch(ParameterGuard::hasNul)) {
        throw new InvalidInput(parameter.getKey(), "must not contain NUL characters");
      }
    }
    if (hasNul(context.getUriInfo().getPath(true))) {
      throw new InvalidInput("path", "must not contain NUL characters");
    }
  }

  static boolean hasNul(String value) {
    return value != null && value.indexOf('\u0000') >= 0;
  }
}
