package org.floorready.security.boundary;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What the HTTP session remembers of the signed-in user. The epoch ties the session to the user's
 * current password and enabled state; the CSRF token must accompany every state-changing request.
 */
public record SessionUser(long userId, int epoch, String csrfToken) implements Serializable {
  public static final String ATTRIBUTE = "floorready.user";
  private static final SecureRandom RANDOM = new SecureRandom();

  public static SessionUser start(long userId, int epoch) {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    return new SessionUser(
        userId, epoch, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
  }
}
