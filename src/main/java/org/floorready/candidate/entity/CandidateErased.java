package org.floorready.candidate.entity;

/**
 * CDI event, fired in the erasing transaction: the person's personal data is gone; features above
 * erase what they keep about them (notes, answers).
 */
public record CandidateErased(long candidateId) {}
