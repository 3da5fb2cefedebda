package org.floorready.resume.control;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.mime.MediaType;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.floorready.platform.Refusal;

/**
 * Turns an uploaded resume into plain text without letting the document near this JVM's heap.
 *
 * <p>Size and content type are checked here; parsing happens in child JVMs (Tika pipes) that are
 * started on first use, restarted after a crash, out-of-memory or timeout, and stopped by {@link
 * #close()}. Parsing in this JVM is deliberately impossible: a zip bomb exhausts the heap whatever
 * the write limit. Safe for concurrent callers; at most {@code clients} parses run at once, the
 * others wait up to the timeout.
 */
public class DocumentTextExtractor implements AutoCloseable {

  /** Tesseract's models, in Debian's {@code tesseract-ocr-eng} and {@code tesseract-ocr-spa}. */
  static final String ENGLISH = "eng";

  static final String ACCENTED_LANGUAGE = "spa";

  private final ExtractionSettings settings;
  private final Path uploadRoot;
  private final boolean ocr;

  private final DocumentTypeGate typeGate = new DocumentTypeGate();
  private final Object lifecycle = new Object();
  private Path configFile;
  private PipesParser pipes;
  private volatile boolean closed;

  public DocumentTextExtractor(ExtractionSettings settings) {
    this.settings = settings;
    try {
      this.uploadRoot = settings.uploadDir().toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("upload folder missing: " + settings.uploadDir(), e);
    }
    this.ocr = settings.ocr() && tesseractInstalled();
  }

  /** Reads {@code file}, which must lie inside the upload folder. */
  public ExtractedText extract(Path file) {
    Path document = insideUploads(file);
    long size = DocumentTypeGate.sizeOf(document);
    if (size > settings.maxBytes()) {
      throw new DocumentTooLarge(size, settings.maxBytes());
    }
    MediaType type = typeGate.screen(document);
    String fetchKey = uploadRoot.relativize(document).toString();
    IsolatedParse parse = new IsolatedParse(pipes(), settings);
    ParsedDocument parsed = parse.interpret(send(parse, fetchKey, null), fetchKey);
    typeGate.requireAccepted(parsed.contentType());

    List<String> warnings = new ArrayList<>();
    boolean ocrDone = false;
    if (parsed.pagesWithoutText() > 0 && ocr) {
      // a second pass only for PDFs that need it: OCR costs seconds per page
      try {
        ParsedDocument read = parse.interpret(send(parse, fetchKey, ENGLISH), fetchKey);
        ParsedDocument ocrd = read.withText(OcrConfusions.repair(read.text()));
        ocrDone = !ocrd.text().isBlank();
        parsed = ocrDone ? withAccents(parse, fetchKey, ocrd) : parsed;
      } catch (UnreadableResume e) {
        // the document itself is fine; only OCR failed, so a person can still read it
        warnings.add("OCR failed (" + e.reason() + ")");
      }
    }
    return result(type, parsed, ocrDone, warnings);
  }

  /**
   * The English reading with the accents a reading by the Spanish model first found (about as long
   * again: only for scans, and only when the Spanish model is installed).
   */
  private ParsedDocument withAccents(IsolatedParse parse, String fetchKey, ParsedDocument english) {
    // asked at the first scan, not at start-up; a second reading only with the Spanish model
    if (!TesseractLanguages.installed().contains(ACCENTED_LANGUAGE)) {
      return english;
    }
    try {
      String spanishFirst = ACCENTED_LANGUAGE + "+" + ENGLISH;
      ParsedDocument accented = parse.interpret(send(parse, fetchKey, spanishFirst), fetchKey);
      return english.withText(OcrAccents.restore(english.text(), accented.text()));
    } catch (UnreadableResume e) {
      // the English reading stands; accents are a refinement
      return english;
    }
  }

  private ExtractedText result(
      MediaType type, ParsedDocument parsed, boolean ocrDone, List<String> warnings) {
    boolean needsOcr = parsed.pagesWithoutText() > 0 && !ocrDone;
    if (parsed.text().isBlank() && !needsOcr) {
      throw new UnreadableResume(UnreadableResume.Reason.NO_TEXT);
    }
    if (ocrDone) {
      warnings.add(parsed.pagesWithoutText() + " page(s) read by OCR; check the text");
    } else if (needsOcr) {
      warnings.add(
          parsed.text().isBlank()
              ? "no text — needs OCR"
              : parsed.pagesWithoutText() + " page(s) without text — needs OCR");
    }
    if (parsed.truncated()) {
      warnings.add("text truncated at " + settings.maxChars() + " characters");
    }
    if (parsed.repairs().contains(ParsedDocument.CONTENT_TYPES_REPAIRED)) {
      warnings.add(
          "the Word file lists malformed content types (as pandoc writes them); read from a repaired copy");
    }
    if (parsed.repairs().contains(ParsedDocument.TEXT_ONLY)) {
      warnings.add(
          "the Word file's text is not well-formed XML; its paragraphs were read directly, without"
              + " headers, footnotes or tables");
    }
    if (parsed.embeddedProblems()) {
      warnings.add("some embedded content could not be read");
    }
    return new ExtractedText(
        typeGate.reported(type, parsed.contentType()), parsed.text(), needsOcr, warnings);
  }

  /** Stops the child JVMs. Calls still in flight end with {@link ParserUnavailable}. */
  @Override
  public void close() {
    synchronized (lifecycle) {
      closed = true;
      try {
        if (pipes != null) {
          pipes.close();
        }
        if (configFile != null) {
          Files.deleteIfExists(configFile);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("closing Tika pipes", e);
      } finally {
        pipes = null;
      }
    }
  }

  private PipesParser pipes() {
    synchronized (lifecycle) {
      if (closed) {
        throw shuttingDown();
      }
      if (pipes == null) {
        // cheap: no child JVM starts before the first parse
        configFile = TikaPipesConfigFile.write(settings, uploadRoot);
        try {
          pipes = new PipesParser(PipesConfig.load(configFile));
        } catch (IOException | TikaConfigException e) {
          throw new ParserUnavailable("The resume reader could not be configured.", e);
        }
      }
      return pipes;
    }
  }

  /** One parse in a child; {@code ocrLanguages} null for none, else tesseract's "-l" value. */
  private PipesResult send(IsolatedParse parse, String fetchKey, String ocrLanguages) {
    try {
      PipesResult result = parse.run(fetchKey, ocrLanguages);
      if (closed) {
        throw shuttingDown();
      }
      return result;
    } catch (RuntimeException e) {
      // a child killed by close() looks like a crashed parse: don't blame the document for it
      if (closed && !(e instanceof Refusal)) {
        throw shuttingDown();
      }
      throw e;
    }
  }

  private static ParserUnavailable shuttingDown() {
    return new ParserUnavailable("The resume reader is shutting down.");
  }

  private Path insideUploads(Path file) {
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find " + file, e);
    }
    if (!real.startsWith(uploadRoot) || !Files.isRegularFile(real)) {
      throw new IllegalArgumentException(file + " is not a file inside " + uploadRoot);
    }
    return real;
  }

  static boolean tesseractInstalled() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    return Stream.of(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "tesseract")));
  }
}
