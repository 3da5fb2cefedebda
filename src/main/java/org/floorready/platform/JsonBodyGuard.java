package org.floorready.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Looks at a JSON request body before it is bound: nested deeper than {@value #MAX_DEPTH} levels (a
 * parser's recursion can be made to overflow), or holding a NUL character (PostgreSQL cannot store
 * one in text), it is refused with 400 naming what is wrong. The body is at most a megabyte (see
 * RequestSizeLimit), so reading it whole first is cheap.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {
  static final int MAX_DEPTH = 64;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("json")) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    check(body);
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  static void check(byte[] body) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (b == 0) {
        throw new InvalidInput("body", "must not contain NUL characters");
      }
      if (inString) {
        if (b == '\\' && i + 1 < body.length) {
          i++;
          if (body[i] == 'u' && i + 4 < body.length && isNulEscape(body, i + 1)) {
            throw new InvalidInput("body", "must not contain NUL characters");
          }
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        if (++depth > MAX_DEPTH) {
          throw new InvalidInput("body", "is nested deeper than " + MAX_DEPTH + " levels");
        }
      } else if (b == '}' || b == ']') {
        depth--;
      }
    }
  }

  private static boolean isNulEscape(byte[] body, int from) {
    return body[from] == '0'
        && body[from + 1] == '0'
        && body[from + 2] == '0'
        && body[from + 3] == '0';
  }
}
