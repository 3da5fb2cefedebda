package org.floorready.platform;

import java.util.Locale;

/** A request body, or one part of it, over its limit (413); nothing of it is kept. */
@ProblemType(value = "request-too-large", status = 413, title = "Request too large")
public class RequestTooLarge extends Refusal {

  public RequestTooLarge(String what, long limit) {
    super(String.format(Locale.ROOT, "%s is larger than the limit of %s.", what, size(limit)));
  }

  static String size(long bytes) {
    return bytes >= 1024 * 1024
        ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
        : String.format(Locale.ROOT, "%d kB", Math.max(1, bytes / 1024));
  }
}
