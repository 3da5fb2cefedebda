package org.floorready.notification.entity;

/**
 * What an email template is for; the screen that sends mail offers the templates of its purpose.
 */
public enum TemplatePurpose {
  APPLICATION_RECEIVED,
  REJECTION,
  INTERVIEW_INVITATION,
  OFFER,
  /** The written offer: its subject is the letter's title, its body the letter (kept as PDF). */
  OFFER_LETTER,
  REMINDER,
  GENERAL;

  /** The purposes whose templates an offer fills (with the offer's own placeholders). */
  public boolean isOffer() {
    return this == OFFER || this == OFFER_LETTER;
  }
}
