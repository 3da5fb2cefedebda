/**
 * Who may do what: users with roles and IANA time zones, teams, sign-in (session cookie with CSRF
 * token, or HTTP Basic) with lockout after repeated failures, the admin bootstrap, the caller of a
 * request ({@link org.floorready.security.control.Caller}: name, roles, zone, the signed-in user),
 * and the audit trail every feature writes its creates, updates, deletes and personal-data reads
 * to. Account changes that people are told about are announced as events (AccountCreated,
 * PasswordReset); notification sends the mail. It does not decide row-level visibility of other
 * features' records; each feature does.
 */
package org.floorready.security;
