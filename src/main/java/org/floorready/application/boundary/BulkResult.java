package org.floorready.application.boundary;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a bulk action did, item by item. */
public record BulkResult(
    long id,
    BulkRequest.Action action,
    String actor,
    Instant at,
    int total,
    int succeeded,
    int failed,
    List<Item> results) {

  /** DONE, or FAILED with the reason (the application stays as it was). */
  public enum Outcome {
    DONE,
    FAILED
  }

  /** One application's outcome. */
  @Schema(name = "BulkResultItem")
  public record Item(long applicationId, String candidateName, Outcome outcome, String detail) {}
}
