package org.floorready.resume.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.io.IOUtils;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.TextDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/** Lets through only the resume formats we accept, judged by content, never by file name. */
final class DocumentTypeGate {

  static final MediaType PDF = MediaType.application("pdf");

  private static final Set<MediaType> ACCEPTED =
      Set.of(
          PDF,
          MediaType.parse(OfficePackage.DOCX),
          MediaType.application("msword"),
          MediaType.application("rtf"),
          MediaType.parse(OfficePackage.ODT),
          MediaType.TEXT_PLAIN,
          // Tika's text parser calls plain text with a comma or tab on every line a table
          MediaType.text("csv"),
          MediaType.text("tab-separated-values"),
          MediaType.TEXT_HTML,
          MediaType.application("xhtml+xml"));

  /*
   * The server's own JVM has only tika-core, whose detector cannot look inside OLE2 containers
   * (DOC, XLS, PPT); such files pass here as their container type and the child JVM, which has
   * every detector, decides (requireAccepted). A ZIP is named by its own manifest here
   * (OfficePackage); only one whose manifest cannot be read passes on as a container.
   * Executables, images, archives and spreadsheets stop here.
   */
  private static final Set<MediaType> CONTAINERS =
      Set.of(
          MediaType.application("zip"),
          MediaType.application("x-tika-msoffice"),
          MediaType.application("x-tika-ooxml"));

  private static final MediaType ZIP = MediaType.application("zip");

  /* What MimeTypes answers for these first bytes (OLE2 is a container, see above). */
  private static final Map<byte[], MediaType> SIGNATURES =
      Map.of(
          "%PDF-".getBytes(StandardCharsets.US_ASCII),
          PDF,
          "{\\rtf".getBytes(StandardCharsets.US_ASCII),
          MediaType.application("rtf"),
          new byte[] {'P', 'K', 3, 4},
          MediaType.application("zip"),
          new byte[] {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
          },
          MediaType.application("x-tika-msoffice"));

  // Tika's text parser calls plain text with a comma or tab on every line a table
  private static final Set<MediaType> TEXT_READ_AS_TABLE =
      Set.of(MediaType.text("csv"), MediaType.text("tab-separated-values"));

  // What Tika's container detector reports for an encrypted DOCX/ODT: its real type is hidden
  private static final MediaType PROTECTED_OOXML = MediaType.application("x-tika-ooxml-protected");

  private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
  private final MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();
  // MimeTypes alone, which is all DefaultDetector finds on the server's class path (tika-core):
  // the same verdicts wherever this runs (tests have every Tika detector on their class path), and
  // no container detector opening ZIPs in this JVM: looking inside is the child's job
  private final Detector detector = mimeTypes;
  private final Detector textDetector = new TextDetector();

  /** Returns the detected type of an accepted document, or refuses it. */
  MediaType admit(Path file) {
    return verdict(file, false);
  }

  /**
   * {@link #admit} for a file about to be parsed: what looks like text passes as text/plain without
   * the full magic detection (a millisecond per file), because the child detects again and {@link
   * #requireAccepted} refuses whatever text format is not a resume format.
   */
  MediaType screen(Path file) {
    return verdict(file, true);
  }

  private MediaType verdict(Path file, boolean textToChild) {
    if (sizeOf(file) == 0) {
      throw new UnreadableResume(UnreadableResume.Reason.EMPTY);
    }
    MediaType detected;
    // no resource name in the metadata: an ELF file named cv.pdf must not look like a PDF
    try (TikaInputStream stream = TikaInputStream.get(file)) {
      detected =
          signature(stream)
              .or(() -> textToChild ? textLike(stream) : Optional.empty())
              .orElseGet(() -> detect(stream));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (detected.equals(ZIP)) {
      Optional<MediaType> inside = packageType(file);
      if (inside.isPresent()) {
        // the package's own manifest is the final word: no container left for the child to open
        return requireAccepted(inside.get());
      }
    }
    if (detected.equals(PROTECTED_OOXML)) {
      throw new UnreadableResume(UnreadableResume.Reason.PASSWORD_PROTECTED);
    }
    if (!ACCEPTED.contains(detected) && !CONTAINERS.contains(detected)) {
      throw new UnsupportedDocumentType(detected.toString());
    }
    return detected;
  }

  /**
   * Most resumes start with the signature of their format, which settles the question at once; the
   * full magic detection (half a millisecond and more) is left for text, HTML and everything else.
   */
  private static Optional<MediaType> signature(TikaInputStream stream) throws IOException {
    byte[] head = new byte[8];
    stream.mark(head.length);
    int read = IOUtils.read(stream, head);
    stream.reset();
    return SIGNATURES.entrySet().stream()
        .filter(
            entry ->
                read >= entry.getKey().length
                    && Arrays.equals(
                        head, 0, entry.getKey().length, entry.getKey(), 0, entry.getKey().length))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * A ZIP by what its manifest says it holds; empty when that cannot be read (the child decides).
   */
  private Optional<MediaType> packageType(Path file) {
    return OfficePackage.typeOf(file).map(type -> normalize(MediaType.parse(type)));
  }

  private static MediaType requireAccepted(MediaType type) {
    if (!ACCEPTED.contains(type)) {
      throw new UnsupportedDocumentType(type.toString());
    }
    return type;
  }

  private MediaType detect(TikaInputStream stream) {
    try {
      return normalize(detector.detect(stream, new Metadata()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file, e);
    }
  }

  private Optional<MediaType> textLike(TikaInputStream stream) {
    try {
      MediaType type = textDetector.detect(stream, new Metadata());
      return type.equals(MediaType.TEXT_PLAIN) ? Optional.of(type) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The type to report for a parsed document: ours, unless only the child could tell (what is
   * inside a container; which kind of text a text file is).
   */
  String reported(MediaType ours, String childs) {
    if (childs == null || !(CONTAINERS.contains(ours) || ours.equals(MediaType.TEXT_PLAIN))) {
      return ours.toString();
    }
    MediaType type = normalize(MediaType.parse(childs));
    return TEXT_READ_AS_TABLE.contains(type) ? MediaType.TEXT_PLAIN.toString() : type.toString();
  }

  /** The child detects again, with the file name as a hint: its verdict must pass too. */
  void requireAccepted(String contentType) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    if (type == null || !ACCEPTED.contains(normalize(type))) {
      throw new UnsupportedDocumentType(String.valueOf(contentType));
    }
  }

  private MediaType normalize(MediaType type) {
    return registry.normalize(type.getBaseType());
  }
}
