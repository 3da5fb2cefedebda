package org.floorready.candidate.entity;

import org.floorready.candidate.entity.ResumeDocument.Outcome;

/** What became of an upload's files so far; a file without an outcome is still queued. */
public record UploadTally(
    int created, int matched, int possibleDuplicates, int failed, int queued) {

  public static UploadTally none() {
    return new UploadTally(0, 0, 0, 0, 0);
  }

  public UploadTally plus(Outcome outcome, long files) {
    int n = Math.toIntExact(files);
    if (outcome == null) {
      return new UploadTally(created, matched, possibleDuplicates, failed, queued + n);
    }
    return switch (outcome) {
      case CREATED -> new UploadTally(created + n, matched, possibleDuplicates, failed, queued);
      case MATCHED -> new UploadTally(created, matched + n, possibleDuplicates, failed, queued);
      case POSSIBLE_DUPLICATE ->
          new UploadTally(created, matched, possibleDuplicates + n, failed, queued);
      case FAILED -> new UploadTally(created, matched, possibleDuplicates, failed + n, queued);
    };
  }

  /** Parsing goes on while any file waits. */
  public boolean running() {
    return queued > 0;
  }
}
