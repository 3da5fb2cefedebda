package org.floorready.resume.tika;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.floorready.resume.control.OfficePackage;

/**
 * The text of a Word package's main part read without an XML parser: the runs of text ({@code
 * <w:t>}) paragraph by paragraph, tabs and breaks kept. The last resort for a main part that is not
 * well-formed XML (an undeclared entity such as {@code &nbsp;}, a cut-off end), which a real XML
 * parser rightly refuses: predefined and numeric entities are decoded, unknown ones kept as typed.
 */
final class MainPartText {

  private static final int MAX_TAG = 64 * 1024;

  private MainPartText() {}

  /** The paragraphs of the package's main part, at most {@code maxChars} characters in all. */
  static Optional<List<String>> paragraphs(Path packageFile, long maxChars) throws IOException {
    Optional<String> part = OfficePackage.mainPartEntry(packageFile);
    if (part.isEmpty()) {
      return Optional.empty();
    }
    try (ZipFile zip = new ZipFile(packageFile.toFile(), StandardCharsets.UTF_8)) {
      ZipEntry entry = zip.getEntry(part.get());
      if (entry == null) {
        return Optional.empty();
      }
      try (InputStream in = zip.getInputStream(entry);
          Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return Optional.of(read(reader, maxChars));
      }
    }
  }

  static List<String> read(Reader reader, long maxChars) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    boolean inText = false;
    long kept = 0;
    int c;
    while ((c = reader.read()) != -1 && kept < maxChars) {
      if (c != '<') {
        if (inText) {
          paragraph.append((char) c);
          kept++;
        }
        continue;
      }
      String tag = tag(reader);
      boolean closing = tag.startsWith("/");
      String name = localName(closing ? tag.substring(1) : tag);
      switch (name) {
        case "t" -> inText = !closing && !tag.endsWith("/");
        case "tab" -> paragraph.append(closing ? "" : "\t");
        case "br", "cr" -> paragraph.append(closing ? "" : "\n");
        case "p" -> {
          if (closing || tag.endsWith("/")) {
            paragraphs.add(decodeEntities(paragraph.toString()));
            paragraph.setLength(0);
          }
        }
        default -> {}
      }
    }
    if (paragraph.length() > 0) {
      paragraphs.add(decodeEntities(paragraph.toString()));
    }
    return paragraphs;
  }

  private static String tag(Reader reader) throws IOException {
    StringBuilder tag = new StringBuilder();
    int c;
    while ((c = reader.read()) != -1 && c != '>' && tag.length() < MAX_TAG) {
      tag.append((char) c);
    }
    return tag.toString().strip();
  }

  private static String localName(String tag) {
    int end = 0;
    while (end < tag.length()
        && !Character.isWhitespace(tag.charAt(end))
        && tag.charAt(end) != '/') {
      end++;
    }
    String name = tag.substring(0, end);
    return name.substring(name.indexOf(':') + 1);
  }

  static String decodeEntities(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end = c == '&' ? text.indexOf(';', i) : -1;
      if (end < 0 || end - i > 12) {
        out.append(c);
        i++;
        continue;
      }
      String decoded = entity(text.substring(i + 1, end));
      out.append(decoded == null ? text.substring(i, end + 1) : decoded);
      i = end + 1;
    }
    return out.toString();
  }

  private static String entity(String name) {
    switch (name) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      case "nbsp":
        return "\u00a0";
      default:
        break;
    }
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return Character.toString(Integer.parseInt(name.substring(2), 16));
      }
      if (name.startsWith("#")) {
        return Character.toString(Integer.parseInt(name.substring(1)));
      }
    } catch (IllegalArgumentException notACharacter) {
      return null;
    }
    return null;
  }
}
