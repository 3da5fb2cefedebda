/**
 * Outgoing email: features enqueue a message in their own transaction ({@link
 * org.floorready.notification.boundary.Outbox}); the relay job sends it over SMTP with retry and
 * backoff and never sends a message twice once it is marked sent. Without SMTP settings messages
 * stay in the outbox, readable by admins. Email templates with validated placeholders, rendered
 * with the values a feature passes; mails about accounts (observing security's events). It does not
 * know what a candidate or an application is: callers give it addresses and values.
 */
package org.floorready.notification;
