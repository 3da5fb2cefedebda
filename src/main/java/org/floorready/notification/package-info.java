/**
 * Outgoing email: features enqueue a message in their own transaction; the relay job sends it
 * over SMTP with retry and backoff and never sends a message twice once it is marked sent.
 * Without SMTP settings messages stay in the outbox, readable by admins. Templates and
 * iCalendar invites belong to later issues.
 */
package org.floorready.notification;
