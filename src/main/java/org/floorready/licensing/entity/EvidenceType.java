package org.floorready.licensing.entity;

import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/** Evidence that is not a PDF, PNG or JPEG. */
@ProblemType(value = "evidence-type", status = 415, title = "Evidence must be a PDF or an image")
public class EvidenceType extends Refusal {
  public EvidenceType(String detail) {
    super(detail);
  }
}
