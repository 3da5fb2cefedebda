package org.floorready.candidate.entity;

/** What a line of a person's timeline tells. Stored by name; the API shows the name. */
public enum CandidateEventType {
  APPLIED,
  KNOCKED_OUT,
  RESUME_PARSED,
  RESUME_NEEDS_OCR,
  RESUME_UNREADABLE,
  PROFILE_CORRECTED,
  CORRECTION_UNDONE,
  MERGED,
  /** A recruiter said who found this person (or cleared it). */
  SOURCE_CHANGED,
  STAGE_CHANGED,
  OFFER_SENT,
  OFFER_ACCEPTED,
  OFFER_DECLINED,
  OFFER_LAPSED,
  /** A license or certification expired: the states it affects are no longer cleared. */
  CREDENTIAL_EXPIRED,
  NOTE_ADDED,
  EMAIL_SENT,
  /** An email was due (a template of a bulk action) but the person has no address. */
  EMAIL_NOT_SENT
}
