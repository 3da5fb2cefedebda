package org.floorready.requisition.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Readable public addresses: /careers/ lists the open jobs, /careers/{id}-{title} shows one. Both
 * are static pages that load their content from the careers API; the company's name ({@code
 * floorready.company.name}) is written into their header and title.
 */
@WebServlet("/careers/*")
public class CareersPages extends HttpServlet {
  @Inject
  @ConfigProperty(name = "floorready.company.name")
  String company;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null) {
      response.sendRedirect(request.getContextPath() + "/careers/");
      return;
    }
    String page = path.equals("/") ? "/WEB-INF/pages/careers.html" : "/WEB-INF/pages/job.html";
    String html;
    try (InputStream in = getServletContext().getResourceAsStream(page)) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(html.replace("{{company}}", escaped(company)));
  }

  static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
