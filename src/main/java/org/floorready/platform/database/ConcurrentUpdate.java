package org.floorready.platform.database;

import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;

/**
 * Work that no user edited a version of (filing a parse, an erasure) may lose a race with a
 * background job touching the same rows (the mail relay marking a message sent, another parse of
 * the same person); such work simply runs again in a fresh transaction, after a short pause (50 ms,
 * 200 ms, 450 ms …), instead of failing.
 */
public final class ConcurrentUpdate {
  private ConcurrentUpdate() {}

  /** Runs {@code work} (which must open its own transaction) up to {@code attempts} times. */
  public static <T> T retried(int attempts, Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (RuntimeException e) {
        if (attempt >= attempts || !is(e)) {
          throw e;
        }
        // give the background job a moment to commit before trying again
        try {
          Thread.sleep(50L * attempt * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** True when {@code e} was caused by an optimistic lock failure. */
  public static boolean is(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException
          || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
