package org.floorready.security.entity;

import java.util.List;

/**
 * An administrator created an account; fired in the creating transaction (notification tells the
 * person).
 */
public record AccountCreated(long userId, String email, String displayName, List<String> roles) {}
