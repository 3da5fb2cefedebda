package org.floorready.platform;

import java.net.URI;
import java.util.List;

/** An RFC 9457 problem detail, the body of every error the API returns. */
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    String instance,
    String errorId,
    List<Violation> violations,
    Object current) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field of a request. */
  public record Violation(String field, String message) {}

  /** A plain HTTP error (not found, forbidden, a malformed body …): type {@code about:blank}. */
  public static Problem of(int status, String title, String detail) {
    return new Problem(URI.create("about:blank"), title, status, detail, null, null, null, null);
  }

  /** A named refusal, with its stable type. */
  public static Problem of(Refusal refusal) {
    return new Problem(
        refusal.type(),
        refusal.title(),
        refusal.status(),
        refusal.getMessage(),
        null,
        null,
        null,
        null);
  }

  /** A problem of a named type that no exception carried (e.g. from a servlet filter). */
  public static Problem of(Class<? extends Refusal> refusal, String detail) {
    ProblemType type = refusal.getAnnotation(ProblemType.class);
    return new Problem(
        Refusal.typeOf(type), type.title(), type.status(), detail, null, null, null, null);
  }

  public Problem at(String path) {
    return new Problem(type, title, status, detail, path, errorId, violations, current);
  }

  public Problem withErrorId(String id) {
    return new Problem(type, title, status, detail, instance, id, violations, current);
  }

  public Problem withViolations(List<Violation> list) {
    return new Problem(type, title, status, detail, instance, errorId, list, current);
  }

  /** The record as it is now, sent with a 409 for a stale change. */
  public Problem withCurrent(Object state) {
    return new Problem(type, title, status, detail, instance, errorId, violations, state);
  }
}
