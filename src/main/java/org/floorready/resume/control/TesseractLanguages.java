package org.floorready.resume.control;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The language models tesseract has here ({@code tesseract --list-langs}), asked once. */
final class TesseractLanguages {

  private static final System.Logger LOG = System.getLogger(TesseractLanguages.class.getName());
  private static final long WAIT_SECONDS = 10;

  // the first caller asks; a server asks once at start
  private static volatile Set<String> installed;

  private TesseractLanguages() {}

  static Set<String> installed() {
    Set<String> known = installed;
    if (known == null) {
      known = ask();
      installed = known;
    }
    return known;
  }

  private static Set<String> ask() {
    try {
      Process process =
          new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
      String out;
      // the list is a few short lines; read at most 64 KiB of whatever comes
      try (InputStream in = process.getInputStream()) {
        out = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Set.of();
      }
      // first line: 'List of available languages in "/usr/share/…" (3):'
      return out.lines()
          .skip(1)
          .map(String::strip)
          .filter(line -> line.matches("[A-Za-z_]+"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "tesseract --list-langs failed: " + e.getMessage());
      return Set.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Set.of();
    }
  }
}
