package org.floorready.resume.control;

import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/**
 * Not the document's fault: no resume reader could be had (every child parser stayed busy, the
 * parser libraries could not be unpacked, the reader is shutting down). The caller may retry later;
 * the parse queue keeps the resume queued.
 */
@ProblemType(value = "parser-unavailable", status = 503, title = "Resume reading unavailable")
public class ParserUnavailable extends Refusal {

  public ParserUnavailable(String detail) {
    super(detail);
  }

  public ParserUnavailable(String detail, Throwable cause) {
    super(detail);
    initCause(cause);
  }
}
