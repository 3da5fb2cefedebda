package org.floorready.platform.demo;

/**
 * Fired once on an empty database that should get demo data. Each feature observes it with a
 * {@code @Priority} (users 100, requisitions 200, candidates 300, ...) and seeds its own part.
 */
public record SeedDemoData(String password) {}
