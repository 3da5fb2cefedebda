package org.floorready.notification.entity;

/**
 * What an email template is for; the screen that sends mail offers the templates of its purpose.
 */
public enum TemplatePurpose {
  APPLICATION_RECEIVED,
  REJECTION,
  INTERVIEW_INVITATION,
  OFFER,
  REMINDER,
  GENERAL
}
