package org.floorready.platform.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.floorready.platform.Problem;

/**
 * The container's error page (errors that never reached the REST layer, such as an oversized
 * request): problem+json for the API, a short plain page elsewhere; never a stack trace.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value ? value : 500;
    String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    Problem problem = Problem.of(status, title(status), detail(status)).at(uri);
    if (status >= 500) {
      String errorId = UUID.randomUUID().toString();
      Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      LOG.log(
          Level.SEVERE,
          "Error " + errorId + " at " + uri,
          thrown instanceof Throwable t ? t : null);
      problem = problem.withErrorId(errorId);
    }
    response.setStatus(status);
    response.setCharacterEncoding("UTF-8");
    if (uri.contains("/api/")) {
      response.setContentType(Problem.MEDIA_TYPE);
      response.getWriter().write(JSON.toJson(problem));
    } else {
      response.setContentType("text/plain");
      response.getWriter().write(status + " " + problem.title() + "\n" + problem.detail() + "\n");
    }
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
  }

  private static String detail(int status) {
    return switch (status) {
      case 401 -> "Sign in or send HTTP Basic credentials.";
      case 403 -> "Your roles do not allow this.";
      case 404 -> "Nothing exists at this address.";
      case 413 -> "The request is larger than FloorReady accepts.";
      default ->
          status >= 500 ? "Something went wrong on our side." : "The request could not be handled.";
    };
  }
}
