package org.floorready.resume.control;

import static org.floorready.resume.control.UnreadableResume.Reason.DAMAGED;
import static org.floorready.resume.control.UnreadableResume.Reason.PASSWORD_PROTECTED;
import static org.floorready.resume.control.UnreadableResume.Reason.TOOK_TOO_LONG;
import static org.floorready.resume.control.UnreadableResume.Reason.UNSAFE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.UUID;
import org.apache.tika.config.TikaTaskTimeout;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesException;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;

/** One parse of one uploaded file in a child JVM, and what its result means for the upload. */
final class IsolatedParse {

  private static final System.Logger LOG = System.getLogger(IsolatedParse.class.getName());

  // a resume embeds a photo or a logo, not hundreds of objects
  private static final int MAX_EMBEDDED = 50;

  private final PipesParser pipes;
  private final ExtractionSettings settings;

  IsolatedParse(PipesParser pipes, ExtractionSettings settings) {
    this.pipes = pipes;
    this.settings = settings;
  }

  /**
   * Sends the file to a child; {@code ocrLanguages} (tesseract's models, "eng" or "spa+eng"), when
   * not null, lets tesseract read pages without a text layer.
   */
  PipesResult run(String fetchKey, String ocrLanguages) {
    TesseractOCRConfig ocrConfig = new TesseractOCRConfig();
    ocrConfig.setSkipOcr(ocrLanguages == null);
    if (ocrLanguages != null) {
      ocrConfig.setLanguage(ocrLanguages);
    }
    // tesseract is a grandchild process: it must not outlive the child JVM by long
    ocrConfig.setTimeoutSeconds((int) Math.max(1, settings.timeout().toSeconds()));
    ParseContext context = new ParseContext();
    context.set(TesseractOCRConfig.class, ocrConfig);
    context.set(TikaTaskTimeout.class, new TikaTaskTimeout(settings.timeout().toMillis()));
    // throwing at the write limit stops the parse early; the text so far still comes back
    context.set(
        HandlerConfig.class,
        new HandlerConfig(
            BasicContentHandlerFactory.HANDLER_TYPE.TEXT,
            HandlerConfig.PARSE_MODE.CONCATENATE,
            settings.maxChars(),
            MAX_EMBEDDED,
            true));
    FetchEmitTuple tuple =
        new FetchEmitTuple(
            UUID.randomUUID().toString(),
            new FetchKey(TikaPipesConfigFile.FETCHER, fetchKey),
            new EmitKey(),
            new Metadata(),
            context,
            FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
    try {
      return pipes.parse(tuple);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParserUnavailable("Reading the resume was interrupted.");
    } catch (PipesException e) {
      throw new ParserUnavailable("The resume reader failed; try again shortly.", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Tika pipes failed on " + fetchKey, e);
    }
  }

  /** The parsed document, or the refusal that explains why there is none. */
  ParsedDocument interpret(PipesResult result, String fetchKey) {
    String problem = result.getMessage() == null ? "" : result.getMessage();
    switch (result.getStatus()) {
      case PARSE_SUCCESS:
        return ParsedDocument.of(firstMetadata(result), false);
      case PARSE_SUCCESS_WITH_EXCEPTION:
      case PARSE_EXCEPTION_EMIT:
      case PARSE_EXCEPTION_NO_EMIT:
        if (mentions(problem, "WriteLimitReachedException") && result.getEmitData() != null) {
          return ParsedDocument.of(firstMetadata(result), true);
        }
        throw refusalFor(problem, fetchKey);
      case OOM:
        LOG.log(Level.WARNING, "child ran out of memory parsing {0}; it restarts", fetchKey);
        throw new UnreadableResume(UNSAFE);
      case TIMEOUT:
        LOG.log(Level.WARNING, "child timed out parsing {0}; it restarts", fetchKey);
        throw new UnreadableResume(TOOK_TOO_LONG);
      case EMPTY_OUTPUT:
      case UNSPECIFIED_CRASH:
        LOG.log(Level.WARNING, "child crashed ({0}) parsing {1}", result.getStatus(), fetchKey);
        throw new UnreadableResume(DAMAGED);
      case CLIENT_UNAVAILABLE_WITHIN_MS:
        throw new ParserUnavailable("All resume readers stayed busy; try again shortly.");
      case INTERRUPTED_EXCEPTION:
        throw new ParserUnavailable("Reading the resume was interrupted.");
      default:
        // fetch, fetcher and emitter problems are our configuration's fault, not the document's
        LOG.log(Level.ERROR, "Tika pipes {0} for {1}: {2}", result.getStatus(), fetchKey, problem);
        throw new ParserUnavailable(
            "The resume reader could not read the stored file; try again shortly.");
    }
  }

  private static UnreadableResume refusalFor(String stackTrace, String fetchKey) {
    String firstLine = stackTrace.lines().findFirst().orElse("");
    LOG.log(Level.INFO, "cannot parse {0}: {1}", fetchKey, firstLine);
    if (mentions(stackTrace, "EncryptedDocumentException")) {
      return new UnreadableResume(PASSWORD_PROTECTED);
    }
    if (mentions(stackTrace, "zip bomb")
        || mentions(stackTrace, "TikaMemoryLimitException")
        || mentions(stackTrace, "OutOfMemoryError")) {
      return new UnreadableResume(UNSAFE);
    }
    return new UnreadableResume(DAMAGED);
  }

  private static boolean mentions(String text, String what) {
    return text.toLowerCase(Locale.ROOT).contains(what.toLowerCase(Locale.ROOT));
  }

  private static Metadata firstMetadata(PipesResult result) {
    return result.getEmitData().getMetadataList().get(0);
  }
}
