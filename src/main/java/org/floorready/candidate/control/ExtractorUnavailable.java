package org.floorready.candidate.control;

import org.floorready.platform.Refusal;

/**
 * Not the document's fault: every child parser stayed busy, or the extractor is shutting down
 * (503). The caller may retry later; the parse queue keeps the resume.
 */
public class ExtractorUnavailable extends Refusal {

  public ExtractorUnavailable(String detail) {
    super(503, "Resume reading unavailable", detail);
  }
}
