package org.floorready.interview.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches a calendar over HTTP with a time limit and a size limit, following at most three
 * redirects, and (unless configured otherwise) never to an address inside the network: a calendar
 * address is typed by a user, and must not make the server read its neighbours.
 */
@ApplicationScoped
public class CalendarReader {
  static final int MAX_REDIRECTS = 3;

  @Inject
  @ConfigProperty(name = "floorready.calendar.timeout-seconds")
  long timeoutSeconds;

  @Inject
  @ConfigProperty(name = "floorready.calendar.max-bytes")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "floorready.calendar.allow-private-addresses")
  boolean allowPrivate;

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  /** The calendar could not be fetched; the message says why in words an interviewer follows. */
  public static final class Unavailable extends Exception {
    public Unavailable(String message) {
      super(message);
    }
  }

  public String fetch(String address) throws Unavailable {
    return send(URI.create(address), HttpRequest.newBuilder().GET(), 0);
  }

  /** Sends a request built by {@code request} (CalDAV's REPORT, say) with the same limits. */
  public String send(URI uri, HttpRequest.Builder request, int redirects) throws Unavailable {
    checkAllowed(uri);
    HttpResponse<InputStream> response =
        answer(request.uri(uri).timeout(Duration.ofSeconds(timeoutSeconds)).build());
    int status = response.statusCode();
    if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
      close(response);
      if (redirects >= MAX_REDIRECTS) {
        throw new Unavailable("the calendar address redirects too often");
      }
      URI next = uri.resolve(response.headers().firstValue("Location").get());
      return send(next, request, redirects + 1);
    }
    if (status < 200 || status >= 300) {
      close(response);
      throw new Unavailable("the calendar server answered " + status);
    }
    try (InputStream body = response.body()) {
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new Unavailable("the calendar is larger than " + maxBytes / (1024 * 1024) + " MB");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Unavailable(
          "the calendar server stopped while sending (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Sends a read (GET or REPORT), tried twice: a server may close a kept-alive connection just as
   * it is reused, which the JDK retries for GET only.
   */
  private HttpResponse<InputStream> answer(HttpRequest request) throws Unavailable {
    for (int attempt = 1; ; attempt++) {
      try {
        return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException e) {
        if (attempt == 2) {
          throw new Unavailable(
              "the calendar server did not answer (" + e.getClass().getSimpleName() + ")");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Unavailable("the read was interrupted");
      }
    }
  }

  private void checkAllowed(URI uri) throws Unavailable {
    String scheme =
        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new Unavailable("only http and https calendar addresses are read");
    }
    if (allowPrivate) {
      return;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (address.isLoopbackAddress()
            || address.isSiteLocalAddress()
            || address.isLinkLocalAddress()
            || address.isAnyLocalAddress()
            || address.isMulticastAddress()) {
          throw new Unavailable("addresses inside the network are not read");
        }
      }
    } catch (UnknownHostException e) {
      throw new Unavailable("the calendar server's name is unknown");
    }
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException ignored) {
      // nothing to keep from it
    }
  }
}
