package org.floorready.platform.node;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.platform.jobs.Jobs;
import sun.misc.Signal;

/**
 * A node asked to stop (SIGTERM, as a rolling restart, systemd or Kubernetes send it) first stops
 * being ready, then stops: {@code /health/ready} answers DOWN at once so that a proxy or load
 * balancer that polls it sends no more work; the node stops taking background work and lets the job
 * under way finish (a parse round, a mail batch) or hands it back to the other nodes; requests in
 * flight are still served for {@code floorready.shutdown.drain-seconds}; then, for {@link #CLOSING}
 * more, every new request is answered 503 {@code node-stopping} before anything is done (a proxy
 * marks the node failed and retries GETs elsewhere while the server shuts down); only then does the
 * server shut down. Sessions live in the database, so the node's users go on through another node
 * without signing in again.
 */
@Startup
@Singleton
@DependsOn("Jobs")
// read on every request (the stopping filter) and by readiness: the flags are volatile, so no
// container lock is needed, and a write lock would make every request wait for the others
@Lock(LockType.READ)
public class NodeShutdown {
  private static final Logger LOG = Logger.getLogger(NodeShutdown.class.getName());

  @Inject Jobs jobs;

  @Inject
  @ConfigProperty(name = "floorready.shutdown.drain-seconds")
  int drainSeconds;

  /** How long a drained node refuses new requests before it shuts down. */
  static final Duration CLOSING = Duration.ofSeconds(2);

  private volatile boolean draining;
  private volatile boolean closing;

  @PostConstruct
  void listen() {
    try {
      Signal.handle(new Signal("TERM"), signal -> drainThenExit());
    } catch (IllegalArgumentException | UnsupportedOperationException notHere) {
      // a JVM without SIGTERM handling (or one where the embedding server owns it): stop at once
      LOG.warning(() -> "No SIGTERM drain on this JVM: " + notHere.getMessage());
    }
  }

  /** True from the moment the node was asked to stop: readiness is DOWN from then on. */
  public boolean draining() {
    return draining;
  }

  /** True once the node drained and refuses new requests until it exits. */
  public boolean closing() {
    return closing;
  }

  private void drainThenExit() {
    if (draining) {
      return;
    }
    draining = true;
    Thread drain =
        new Thread(
            () -> {
              long start = System.nanoTime();
              LOG.info("Asked to stop: not ready any more, handing back background work");
              jobs.stop();
              long left =
                  Duration.ofSeconds(drainSeconds).toMillis()
                      - Duration.ofNanos(System.nanoTime() - start).toMillis();
              if (left > 0) {
                LOG.info(() -> "Serving requests in flight for " + left + " ms more");
                sleep(left);
              }
              closing = true;
              sleep(CLOSING.toMillis());
              System.exit(0);
            },
            "floorready-drain");
    drain.setDaemon(false);
    drain.start();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
