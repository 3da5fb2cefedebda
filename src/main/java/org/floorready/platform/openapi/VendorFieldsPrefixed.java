package org.floorready.platform.openapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Payara 6.2025.10 writes a top-level {@code endpoints} field into /openapi, which the OpenAPI
 * specification does not allow (vendor fields start with {@code x-}; Payara prefixes it itself from
 * FISH-12303 on). Renamed here to {@code x-endpoints}, in the YAML and the JSON form; nothing else
 * of the document is touched. The document is a few hundred kilobytes, written once per request.
 */
@WebFilter({"/openapi", "/openapi/*"})
public class VendorFieldsPrefixed extends HttpFilter {
  private static final Pattern YAML_FIELD = Pattern.compile("(?m)^endpoints:");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Buffered buffered = new Buffered(response);
    chain.doFilter(request, buffered);
    String document = buffered.text();
    String fixed = prefixed(document);
    byte[] bytes = fixed.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  static String prefixed(String document) {
    if (document.stripLeading().startsWith("{")) {
      // top level of the JSON form: the key at nesting depth one
      int depth = 0;
      boolean inString = false;
      for (int i = 0; i < document.length(); i++) {
        char c = document.charAt(i);
        if (inString) {
          if (c == '\\') {
            i++;
          } else if (c == '"') {
            inString = false;
          }
          continue;
        }
        if (c == '"') {
          if (depth == 1 && document.startsWith("\"endpoints\"", i)) {
            return document.substring(0, i) + "\"x-endpoints\"" + document.substring(i + 11);
          }
          inString = true;
        } else if (c == '{' || c == '[') {
          depth++;
        } else if (c == '}' || c == ']') {
          depth--;
        }
      }
      return document;
    }
    return YAML_FIELD.matcher(document).replaceFirst("x-endpoints:");
  }

  /** The response with its body kept in memory until the filter has looked at it. */
  private static final class Buffered extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;

    Buffered(HttpServletResponse response) {
      super(response);
    }

    String text() {
      if (writer != null) {
        writer.flush();
      }
      return body.toString(StandardCharsets.UTF_8);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                body.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              /** The body is buffered in memory, so writing is always possible at once. */
              @Override
              public void setWriteListener(WriteListener listener) {
                try {
                  listener.onWritePossible();
                } catch (java.io.IOException e) {
                  listener.onError(e);
                }
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void setContentLength(int len) {
      // the length is set once the document is final
    }

    @Override
    public void setContentLengthLong(long len) {
      // the length is set once the document is final
    }

    @Override
    public void flushBuffer() {
      // nothing reaches the client before the filter is done
    }
  }
}
