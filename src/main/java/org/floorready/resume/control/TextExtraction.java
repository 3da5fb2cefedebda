package org.floorready.resume.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one {@link DocumentTextExtractor} of this node: Tika runs in child JVMs whose class path is
 * the {@link ParserLibraries} folder in the data directory (Tika's parsers are deliberately not in
 * the WAR: the server never parses in its own heap, and unpacking or scanning those jars would slow
 * every start), reading only from the resume storage folder.
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
      Path lib =
          new ParserLibraries(storage.folder().resolveSibling("parser-libs"))
              .bundledWith(TextExtraction.class.getClassLoader());
      Path work = storage.folder().resolveSibling("tika");
      try {
        Files.createDirectories(work);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      extractor =
          new DocumentTextExtractor(
              new ExtractionSettings(
                  lib,
                  storage.folder(),
                  work,
                  storage.maxBytes(),
                  Duration.ofSeconds(timeoutSeconds),
                  parsers,
                  ExtractionSettings.DEFAULT_CHILD_HEAP,
                  ocr,
                  ExtractionSettings.DEFAULT_MAX_CHARS));
    }
    return extractor;
  }

  public ExtractedText extract(Path file) {
    return extractor().extract(file);
  }

  /**
   * Refuses at once what parsing would refuse for its size or type (413, 415, 422 for protected
   * files).
   */
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
