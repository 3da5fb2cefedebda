package org.floorready.platform.web;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.platform.Problem;
import org.floorready.platform.RequestTooLarge;

/**
 * Bounds every request body of the API before anything reads it: a declared length over the limit
 * is answered 413 at once, without reading a byte of the body; a body without a declared length
 * stops with a 413 the moment it passes the limit. The limit depends on the address: a resume
 * upload gets room for its file, a bulk upload for many, everything else (JSON) one megabyte.
 */
@WebFilter("/api/*")
public class RequestSizeLimit extends HttpFilter {
  static final long JSON_BYTES = 1024 * 1024;

  /** A floor KPI file (quality of hire): a year of daily rows for a large floor. */
  public static final long KPI_FILE_BYTES = 200L * 1024 * 1024;

  static final long KPI_PUSH_BYTES = 8L * 1024 * 1024;
  // the text fields and multipart framing of a form beside its file
  static final long FORM_OVERHEAD_BYTES = 256 * 1024;

  @Inject
  @ConfigProperty(name = "floorready.resumes.max-bytes")
  long maxResumeBytes;

  @Inject
  @ConfigProperty(name = "floorready.uploads.max-request-bytes")
  long maxUploadBytes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long limit = limitFor(request.getRequestURI(), request.getMethod());
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      refuse(response, request.getRequestURI(), limit);
      return;
    }
    chain.doFilter(new Bounded(request, limit), response);
  }

  long limitFor(String uri, String method) {
    if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)) {
      return JSON_BYTES;
    }
    if (uri.endsWith("/uploads")) {
      return maxUploadBytes;
    }
    if (uri.endsWith("/floor-kpis/imports")) {
      return KPI_FILE_BYTES + FORM_OVERHEAD_BYTES;
    }
    if (uri.endsWith("/floor-kpis")) {
      // a push of 10,000 rows
      return KPI_PUSH_BYTES;
    }
    if (uri.endsWith("/applications") && uri.contains("/careers/")
        || uri.endsWith("/resumes/parse")) {
      return maxResumeBytes + FORM_OVERHEAD_BYTES;
    }
    return JSON_BYTES;
  }

  private static void refuse(HttpServletResponse response, String uri, long limit)
      throws IOException {
    Problem problem = Problem.of(new RequestTooLarge("The request", limit)).at(uri);
    response.setStatus(413);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    // the client is told at once; the connection closes instead of draining the body it still sends
    response.setHeader("Connection", "close");
    try (var json = JsonbBuilder.create()) {
      response.getWriter().write(json.toJson(problem));
    } catch (Exception e) {
      throw new IOException(e);
    }
    response.flushBuffer();
  }

  /** The request with a body that refuses to be read past {@code limit} bytes. */
  private static final class Bounded extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Bounded(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class CountingStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    CountingStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new RequestTooLarge("The request", limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
