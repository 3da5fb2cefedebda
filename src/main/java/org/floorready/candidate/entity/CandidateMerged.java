package org.floorready.candidate.entity;

/** CDI event, fired in the merge's transaction: everything of {@code mergedId} now belongs to {@code survivorId}. */
public record CandidateMerged(long survivorId, long mergedId) {}
