package org.floorready.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request comes from, and whether it came over TLS, as far as FloorReady can trust it.
 * Behind a reverse proxy every client arrives from the proxy's address: name the headers the proxy
 * sets and FloorReady reads them (the last address of {@code X-Forwarded-For}, the one the proxy
 * saw; {@code X-Forwarded-Proto} = https). Leave them empty without a proxy: clients could
 * otherwise write the headers themselves.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject
  @ConfigProperty(name = "floorready.proxy.client-address-header", defaultValue = " ")
  String addressHeader;

  @Inject
  @ConfigProperty(name = "floorready.proxy.protocol-header", defaultValue = " ")
  String protocolHeader;

  @Inject
  @ConfigProperty(name = "floorready.base-url")
  String baseUrl;

  public String of(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    if (addressHeader == null || addressHeader.isBlank()) {
      return remote;
    }
    String forwarded = request.getHeader(addressHeader.trim());
    if (forwarded == null || forwarded.isBlank()) {
      return remote;
    }
    String[] hops = forwarded.split(",");
    String last = hops[hops.length - 1].trim();
    return last.isEmpty() || last.length() > 64 ? remote : last;
  }

  /**
   * Whether the client's connection is TLS: directly, per the proxy's header, or by the base URL.
   */
  public boolean secure(HttpServletRequest request) {
    if (request.isSecure() || baseUrl.startsWith("https:")) {
      return true;
    }
    return protocolHeader != null
        && !protocolHeader.isBlank()
        && "https"
            .equalsIgnoreCase(String.valueOf(request.getHeader(protocolHeader.trim())).trim());
  }
}
