package org.floorready.candidate.entity;

import java.time.Instant;

/**
 * Who corrected a field and when. For name, email and phone also the value the first correction
 * replaced (the one the person typed or the resume gave) and whether the corrected address or
 * number was new to the record, so that undoing the correction can restore the one and forget the
 * other.
 */
public record CorrectionNote(String by, Instant at, String replaced, boolean newContact) {}
