package org.floorready.security.boundary;

/**
 * The session cookie as the README promises it: HttpOnly (scripts cannot read it), SameSite=Strict
 * (other sites' pages cannot send it), Secure whenever the connection is TLS (directly, behind a
 * proxy that says so, or by an https base URL), for the whole site. Written as a header: Payara
 * Micro's cookie settings do not emit SameSite.
 */
final class SessionCookie {
  static final String NAME = "FLOORREADY_SESSION";

  private SessionCookie() {}

  static String set(String token, long maxAgeSeconds, boolean secure) {
    return NAME
        + "="
        + token
        + "; Path=/; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }

  static String clear(boolean secure) {
    return NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
  }
}
