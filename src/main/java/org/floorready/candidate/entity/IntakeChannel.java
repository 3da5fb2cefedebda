package org.floorready.candidate.entity;

/**
 * How a person or an application came in (not where the person came from: that is a source). Stored
 * by name; the API shows the name.
 */
public enum IntakeChannel {
  /** The public careers page's apply form. */
  CAREERS_PAGE,
  /** A recruiter's upload into a requisition. */
  UPLOAD,
  /** A recruiter's upload into the talent pool (no requisition). */
  TALENT_POOL_UPLOAD;

  /** In words, for timelines: "careers page". */
  public String words() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
