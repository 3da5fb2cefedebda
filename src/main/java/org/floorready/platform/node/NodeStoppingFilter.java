package org.floorready.platform.node;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.floorready.platform.Problem;

/**
 * Once a stopping node has drained, it answers every request 503 {@code node-stopping} (with {@code
 * Connection: close}) before touching it, until it exits: a proxy counts the node as failed, sends
 * nothing more to it while the server shuts down, and retries the GETs on another node.
 */
@WebFilter("/*")
public class NodeStoppingFilter extends HttpFilter {
  @Inject NodeShutdown shutdown;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!shutdown.closing()) {
      chain.doFilter(request, response);
      return;
    }
    Problem problem = Problem.of(new NodeStopping()).at(request.getRequestURI());
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Connection", "close");
    response.setHeader("Retry-After", "1");
    try (var json = JsonbBuilder.create()) {
      response.getWriter().write(json.toJson(problem));
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
