package org.floorready.security.entity;

/** An administrator set a new password for an account; fired in that transaction. */
public record PasswordReset(long userId, String email, String displayName) {}
