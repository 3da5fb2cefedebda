package org.floorready.resume.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Tika's OOXML parser, with two repairs for Word files that Word and LibreOffice open but Apache
 * POI refuses:
 *
 * <ol>
 *   <li>a content type in {@code [Content_Types].xml} that is not RFC 2616-compliant (pandoc writes
 *       {@code image/svg+xml;base64}) makes POI refuse the whole package: the document is parsed
 *       again from a copy with those content types fixed ({@link ContentTypesRepair});
 *   <li>a main part that is not well-formed XML (an undeclared entity, a cut-off end) stops the XML
 *       parser halfway: its text is then read without one ({@link MainPartText}).
 * </ol>
 *
 * The events of a parse reach the real handler only once it succeeded, so a repaired document never
 * shows half its text twice. The original stays untouched; {@link #REPAIRED} tells the server which
 * repairs were needed. Only failures of these two kinds, recognised by their exception types, are
 * repaired: a zip bomb or an encrypted file still fails as before.
 */
public class RepairingOoxmlParser extends OOXMLParser {

  /**
   * Metadata key listing the repairs a parse needed: {@value #CONTENT_TYPES}, {@value #TEXT_ONLY}.
   */
  public static final String REPAIRED = "X-FloorReady:repaired";

  public static final String CONTENT_TYPES = "content-types";
  public static final String TEXT_ONLY = "main-part-text";

  private static final long serialVersionUID = 1L;
  private static final long DEFAULT_BUDGET = 4_000_000;

  @Override
  public void parse(
      InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    try (TemporaryResources temporary = new TemporaryResources()) {
      TikaInputStream document = TikaInputStream.get(stream, temporary, metadata);
      Path original = document.getPath();
      try {
        parseRecorded(document, handler, metadata, context);
      } catch (TikaException e) {
        Optional<byte[]> fixedTypes =
            causedBy(e, InvalidFormatException.class)
                ? ContentTypesRepair.repairedContentTypes(original)
                : Optional.empty();
        if (fixedTypes.isEmpty()) {
          if (!readMainPartText(original, e, handler, metadata, context)) {
            throw e;
          }
          return;
        }
        Path copy = temporary.createTempFile();
        ContentTypesRepair.copyWith(original, fixedTypes.get(), copy);
        metadata.add(REPAIRED, CONTENT_TYPES);
        try (TikaInputStream repaired = TikaInputStream.get(copy)) {
          parseRecorded(repaired, handler, metadata, context);
        } catch (TikaException | SAXException again) {
          if (!readMainPartText(copy, again, handler, metadata, context)) {
            throw again;
          }
        }
      } catch (SAXException e) {
        if (!readMainPartText(original, e, handler, metadata, context)) {
          throw e;
        }
      }
    }
  }

  private void parseRecorded(
      TikaInputStream document, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    SaxRecording recording = new SaxRecording(budget(context));
    super.parse(document, recording, metadata, context);
    recording.replayTo(handler);
  }

  /**
   * The last resort for malformed XML: answers whether it wrote the main part's text; false for any
   * other failure, which the caller throws as it came.
   */
  private static boolean readMainPartText(
      Path packageFile,
      Exception failure,
      ContentHandler handler,
      Metadata metadata,
      ParseContext context)
      throws IOException, SAXException {
    if (!causedBy(failure, SAXParseException.class)) {
      return false;
    }
    Optional<List<String>> paragraphs = MainPartText.paragraphs(packageFile, budget(context));
    if (paragraphs.isEmpty() || paragraphs.get().stream().allMatch(String::isBlank)) {
      return false;
    }
    metadata.add(REPAIRED, TEXT_ONLY);
    XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
    xhtml.startDocument();
    for (String paragraph : paragraphs.get()) {
      xhtml.element("p", paragraph);
    }
    xhtml.endDocument();
    return true;
  }

  /** A little more than the write limit: the real handler still reports the text as cut. */
  private static long budget(ParseContext context) {
    HandlerConfig config = context.get(HandlerConfig.class);
    int limit = config == null ? -1 : config.getWriteLimit();
    return limit < 0 ? DEFAULT_BUDGET : limit + 1L;
  }

  private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }
}
