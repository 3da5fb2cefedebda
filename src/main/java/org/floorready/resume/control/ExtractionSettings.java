package org.floorready.resume.control;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How {@link DocumentTextExtractor} runs its child JVMs.
 *
 * @param libDir folder of jars for the child JVM's classpath ({@link ParserLibraries})
 * @param uploadDir the only folder the child may read documents from
 * @param workDir where the generated Tika config file is written
 * @param maxBytes larger files are refused before any parsing
 * @param timeout per parse; the child is killed and restarted when it is exceeded
 * @param clients number of child JVMs, so at most this many parses run at once
 * @param childHeap the child's {@code -Xmx}, e.g. {@code 256m}
 * @param ocr OCR PDF pages without a text layer when tesseract is on the PATH
 * @param maxChars longer text is cut off (with a warning)
 */
public record ExtractionSettings(
    Path libDir,
    Path uploadDir,
    Path workDir,
    long maxBytes,
    Duration timeout,
    int clients,
    String childHeap,
    boolean ocr,
    int maxChars) {

  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  public static final int DEFAULT_CLIENTS = 2;
  public static final String DEFAULT_CHILD_HEAP = "256m";
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  // childHeap ends up on a command line: accept a size and nothing else
  private static final Pattern HEAP_SIZE = Pattern.compile("\\d+[kKmMgG]?");

  public ExtractionSettings {
    Objects.requireNonNull(libDir, "libDir");
    Objects.requireNonNull(uploadDir, "uploadDir");
    Objects.requireNonNull(workDir, "workDir");
    Objects.requireNonNull(timeout, "timeout");
    if (maxBytes <= 0
        || clients <= 0
        || maxChars <= 0
        || timeout.isNegative()
        || timeout.isZero()) {
      throw new IllegalArgumentException("maxBytes, clients, maxChars and timeout must be > 0");
    }
    if (childHeap == null || !HEAP_SIZE.matcher(childHeap).matches()) {
      throw new IllegalArgumentException("childHeap must look like 256m, not " + childHeap);
    }
  }

  public static ExtractionSettings defaults(Path libDir, Path uploadDir, Path workDir) {
    return new ExtractionSettings(
        libDir,
        uploadDir,
        workDir,
        DEFAULT_MAX_BYTES,
        DEFAULT_TIMEOUT,
        DEFAULT_CLIENTS,
        DEFAULT_CHILD_HEAP,
        true,
        DEFAULT_MAX_CHARS);
  }

  public ExtractionSettings withTimeout(Duration timeout) {
    return new ExtractionSettings(
        libDir, uploadDir, workDir, maxBytes, timeout, clients, childHeap, ocr, maxChars);
  }

  public ExtractionSettings withClients(int clients) {
    return new ExtractionSettings(
        libDir, uploadDir, workDir, maxBytes, timeout, clients, childHeap, ocr, maxChars);
  }

  public ExtractionSettings withOcr(boolean ocr) {
    return new ExtractionSettings(
        libDir, uploadDir, workDir, maxBytes, timeout, clients, childHeap, ocr, maxChars);
  }
}
