package org.floorready.candidate.entity;

/**
 * CDI event, fired in the merge's transaction: everything of {@code mergedId} now belongs to {@code
 * survivorId}. Features above move what they keep of that person (applications, notes).
 */
public record CandidatesMerged(long survivorId, long mergedId) {}
