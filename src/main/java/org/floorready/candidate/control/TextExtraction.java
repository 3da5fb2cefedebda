package org.floorready.candidate.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one {@link DocumentTextExtractor} of this node: Tika runs in child JVMs whose class path is
 * the WAR's WEB-INF/tika (Tika's parsers are deliberately not in WEB-INF/lib: the server never
 * parses in its own heap, and scanning those jars would slow every start), reading only from the
 * resume storage folder.
 */
@ApplicationScoped
public class TextExtraction {
  @Inject ResumeStorage storage;

  @Inject
  @ConfigProperty(name = "floorready.resumes.parse-timeout-seconds")
  int timeoutSeconds;

  @Inject
  @ConfigProperty(name = "floorready.resumes.parsers")
  int parsers;

  @Inject
  @ConfigProperty(name = "floorready.resumes.ocr")
  boolean ocr;

  private final DocumentTypeGate typeGate = new DocumentTypeGate();
  private DocumentTextExtractor extractor;

  public synchronized DocumentTextExtractor extractor() {
    if (extractor == null) {
      Path lib = webInf().resolve("tika");
      Path work = storage.folder().resolveSibling("tika");
      try {
        Files.createDirectories(work);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      extractor = new DocumentTextExtractor(new ExtractionSettings(lib, storage.folder(), work, storage.maxBytes(),
          Duration.ofSeconds(timeoutSeconds), parsers, ExtractionSettings.DEFAULT_CHILD_HEAP, ocr,
          ExtractionSettings.DEFAULT_MAX_CHARS));
    }
    return extractor;
  }

  /**
   * WEB-INF of the deployed WAR, found from where this class was loaded: the parse queue may run
   * before the web context exists (right after a restart), when no ServletContext can be had.
   */
  private static Path webInf() {
    try {
      Path path = Path.of(TextExtraction.class.getResource("TextExtraction.class").toURI());
      while (path != null && !path.getFileName().toString().equals("WEB-INF")) {
        path = path.getParent();
      }
      if (path == null) {
        throw new IllegalStateException("TextExtraction is not loaded from a WAR's WEB-INF");
      }
      return path;
    } catch (java.net.URISyntaxException | java.nio.file.FileSystemNotFoundException e) {
      throw new IllegalStateException("Cannot locate WEB-INF", e);
    }
  }

  public ExtractedText extract(Path file) {
    return extractor().extract(file);
  }

  /** Refuses at once what parsing would refuse for its size or type (413, 415, 422 for protected files). */
  public String requireReadableType(Path file) {
    return typeGate.admit(file).toString();
  }

  @PreDestroy
  synchronized void close() {
    if (extractor != null) {
      extractor.close();
    }
  }
}
