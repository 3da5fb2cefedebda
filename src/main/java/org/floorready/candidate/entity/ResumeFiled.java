package org.floorready.candidate.entity;

/**
 * CDI event, fired in the transaction that filed a parsed resume under a person: {@code
 * requisitionId} is the requisition the resume was uploaded into (null: the talent pool), for which
 * the application feature opens the person's application.
 */
public record ResumeFiled(
    long documentId, long candidateId, Long requisitionId, String uploadedBy) {}
