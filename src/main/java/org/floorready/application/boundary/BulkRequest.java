package org.floorready.application.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One action on a selection of applications. MOVE needs {@code stage}; REJECT needs {@code reason}
 * and may name a {@code templateId} to email each rejected candidate; EMAIL needs {@code
 * templateId}; ASSIGN takes {@code assigneeId} (null unassigns); TAG takes {@code tag}.
 */
public record BulkRequest(
    @NotNull @Size(min = 1, max = 1000) List<@NotNull Long> applicationIds,
    @NotNull Action action,
    @Size(max = 32) String stage,
    @Size(max = 1000) String reason,
    Long templateId,
    Long assigneeId,
    @Size(max = 40) String tag) {

  /** What to do with each selected application. */
  public enum Action {
    MOVE,
    REJECT,
    EMAIL,
    ASSIGN,
    TAG
  }

  public BulkRequest(
      List<Long> applicationIds,
      Action action,
      String stage,
      String reason,
      Long templateId,
      Long assigneeId,
      String tag) {
    this.applicationIds = applicationIds;
    this.action = action;
    this.stage = stage;
    this.reason = reason;
    this.templateId = templateId;
    this.assigneeId = assigneeId;
    this.tag = tag;
  }
}
