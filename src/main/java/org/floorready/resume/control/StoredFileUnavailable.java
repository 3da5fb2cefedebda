package org.floorready.resume.control;

import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/**
 * A stored original that this node cannot see (another node kept it in a data folder this one does
 * not share, or a network volume has not caught up). Not the document's fault and not lost: a
 * download may be retried, and the parse queue keeps the resume queued.
 */
@ProblemType(
    value = "stored-file-unavailable",
    status = 503,
    title = "Stored file not available on this server")
public class StoredFileUnavailable extends Refusal {

  public StoredFileUnavailable(String detail) {
    super(detail);
  }
}
