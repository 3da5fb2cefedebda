/**
 * Plumbing only, for every feature: the JAX-RS application; RFC 9457 problem+json for every error,
 * with named refusals ({@link org.floorready.platform.Refusal} and its {@link
 * org.floorready.platform.ProblemType}); the shared paging convention; the configured data source,
 * Flyway migrations and JSON array columns; the database-backed job scheduler; the demo-data switch
 * and browser hardening headers. It holds no business rules and knows no feature.
 *
 * <p>Validated request records declare their canonical constructor explicitly (the constraints sit
 * on the fields only): Payara 6.2025.10's OpenAPI scanner fails on constraints on constructor
 * parameters and /openapi then answers 500. OpenApiSafeRecordsTest keeps it so.
 */
package org.floorready.platform;
