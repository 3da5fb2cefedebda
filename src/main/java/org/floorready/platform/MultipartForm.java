package org.floorready.platform;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of a multipart/form-data request, checked against the form they belong to: a part the
 * form does not have is refused, a text part is read up to {@value #MAX_TEXT_BYTES} bytes and no
 * further, and there are at most as many parts as the form allows. Text parts are read once, in the
 * order they arrive: the parts are a stream, and reading them out of order lost values.
 */
public final class MultipartForm {
  public static final int MAX_TEXT_BYTES = 16 * 1024;

  private final Map<String, String> texts = new LinkedHashMap<>();
  private final List<EntityPart> files;

  /**
   * @param textParts the names of the form's text fields
   * @param fileParts the names of its file fields
   * @param maxParts how many parts the request may have in all
   */
  public MultipartForm(
      List<EntityPart> parts, Set<String> textParts, Set<String> fileParts, int maxParts) {
    List<EntityPart> all = parts == null ? List.of() : parts;
    if (all.size() > maxParts) {
      throw new InvalidInput("body", "a form of at most " + maxParts + " parts");
    }
    for (EntityPart part : all) {
      boolean file = part.getFileName().isPresent();
      if (!(file ? fileParts : textParts).contains(part.getName())) {
        throw new InvalidInput(
            part.getName(), "is not a " + (file ? "file" : "field") + " of this form");
      }
      if (!file) {
        texts.putIfAbsent(part.getName(), read(part));
      }
    }
    files = all.stream().filter(p -> p.getFileName().isPresent()).toList();
  }

  private static String read(EntityPart part) {
    try (InputStream in = part.getContent()) {
      byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
      if (bytes.length > MAX_TEXT_BYTES) {
        throw new InvalidInput(part.getName(), "must be at most " + MAX_TEXT_BYTES / 1024 + " kB");
      }
      String text = new String(bytes, StandardCharsets.UTF_8).trim();
      if (text.indexOf('\u0000') >= 0) {
        throw new InvalidInput(part.getName(), "must not contain NUL characters");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file name a part was sent with. Browsers send it as UTF-8 bytes (RFC 7578, 4.2); the
   * multipart reader decodes the header as ISO-8859-1, so "Zoë" arrives as "ZoÃ«": read back as the
   * UTF-8 it was, when it is valid UTF-8.
   */
  public static Optional<String> fileName(EntityPart part) {
    return part.getFileName().map(MultipartForm::asSent);
  }

  static String asSent(String decodedAsLatin1) {
    if (decodedAsLatin1.chars().allMatch(c -> c < 0x80)
        || decodedAsLatin1.chars().anyMatch(c -> c > 0xFF)) {
      return decodedAsLatin1;
    }
    byte[] bytes = decodedAsLatin1.getBytes(StandardCharsets.ISO_8859_1);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException notUtf8) {
      return decodedAsLatin1;
    }
  }

  public Optional<String> text(String name) {
    return Optional.ofNullable(texts.get(name));
  }

  public List<EntityPart> files(String name) {
    return files.stream().filter(p -> p.getName().equals(name)).toList();
  }
}
