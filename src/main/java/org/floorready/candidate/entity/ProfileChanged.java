package org.floorready.candidate.entity;

/**
 * CDI event, fired in the transaction of the change: a person's profile changed (parsed, corrected,
 * merged) or they applied again, so their applications need new screening scores.
 */
public record ProfileChanged(long candidateId) {}
