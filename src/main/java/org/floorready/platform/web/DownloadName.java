package org.floorready.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition} that keeps any file name intact: an ASCII stand-in for old clients
 * and the real name encoded as RFC 5987/6266 {@code filename*} (UTF-8), which browsers prefer.
 */
public final class DownloadName {
  private DownloadName() {}

  public static String attachment(String fileName) {
    String name = fileName == null || fileName.isBlank() ? "download" : fileName;
    String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replaceAll("[\"\\\\;]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
