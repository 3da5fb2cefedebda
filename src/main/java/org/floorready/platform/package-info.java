/**
 * Plumbing only: the JAX-RS application, RFC 9457 problem+json for every error, the shared paging
 * convention, the configured data source and Flyway migrations, the database-backed job
 * scheduler, the demo-data switch and browser hardening headers. It holds no business rules and
 * knows no feature.
 */
package org.floorready.platform;
