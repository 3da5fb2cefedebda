package org.floorready.security.entity;

/**
 * Someone asked for a "forgot password" link for this account; fired in that transaction (the
 * notification feature mails the link). {@code token} is the link's secret: it exists only here and
 * in that mail.
 */
public record PasswordResetRequested(
    long userId, String email, String displayName, String token, int validMinutes) {}
