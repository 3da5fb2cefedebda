package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/**
 * At most a few applications per client address in a sliding window, per node: enough for a family
 * sharing a router, too few for a script.
 */
@ApplicationScoped
public class ApplyRateLimit {
  static final Duration WINDOW = Duration.ofMinutes(10);

  @jakarta.inject.Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "floorready.apply.max-per-address")
  int max;

  /**
   * Behind a reverse proxy every applicant arrives from the proxy's address: name the header the
   * proxy sets (e.g. X-Forwarded-For) and the last address in it, the one the proxy saw, counts
   * instead. Leave it empty without a proxy: clients could otherwise write the header themselves.
   */
  @jakarta.inject.Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "floorready.apply.client-address-header",
      defaultValue = " ")
  String addressHeader;

  private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

  /** The address a request is counted under. */
  public String clientAddress(String remoteAddress, UnaryOperator<String> headers) {
    if (addressHeader == null || addressHeader.isBlank()) {
      return remoteAddress;
    }
    String forwarded = headers.apply(addressHeader.trim());
    if (forwarded == null || forwarded.isBlank()) {
      return remoteAddress;
    }
    String[] hops = forwarded.split(",");
    String last = hops[hops.length - 1].trim();
    return last.isEmpty() ? remoteAddress : last;
  }

  /** Too many applications from one address (429). */
  @ProblemType(value = "too-many-applications", status = 429, title = "Too many applications")
  public static class TooManyApplications extends Refusal {
    TooManyApplications() {
      super("Too many applications from your network in a short time. Try again in a few minutes.");
    }
  }

  public void check(String address, Instant now) {
    Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
        times.pollFirst();
      }
      if (times.size() >= max) {
        throw new TooManyApplications();
      }
      times.addLast(now);
    }
    if (recent.size() > 10_000) {
      recent.entrySet().removeIf(e -> e.getValue().isEmpty());
    }
  }
}
