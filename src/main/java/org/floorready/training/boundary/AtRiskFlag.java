package org.floorready.training.boundary;

import java.time.Instant;

/** An at-risk flag of a new hire, with the trainer's acknowledgement when there is one. */
public record AtRiskFlag(
    String code,
    String reason,
    String acknowledgement,
    String acknowledgedBy,
    Instant acknowledgedAt) {}
