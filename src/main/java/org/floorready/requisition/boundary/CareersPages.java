package org.floorready.requisition.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Readable public addresses: /careers/ lists the open jobs, /careers/{id}-{title} shows one. Both
 * are static pages that load their content from the careers API.
 */
@WebServlet("/careers/*")
public class CareersPages extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    if (path == null) {
      response.sendRedirect(request.getContextPath() + "/careers/");
      return;
    }
    String page = path.equals("/") ? "/WEB-INF/pages/careers.html" : "/WEB-INF/pages/job.html";
    response.setContentType("text/html;charset=UTF-8");
    request.getRequestDispatcher(page).forward(request, response);
  }
}
