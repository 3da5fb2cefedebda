package org.floorready.resume.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a ZIP-based document really is, decided from the package's own manifest: the part that
 * {@code _rels/.rels} names as the office document and its content type in {@code
 * [Content_Types].xml} (Office Open XML), or the {@code mimetype} entry (OpenDocument).
 *
 * <p>Tika's detectors decide OOXML by opening the package with Apache POI, which gives up on the
 * first malformed content type anywhere in it (pandoc writes SVG images as {@code
 * image/svg+xml;base64}) and then only says "some OOXML package". Only the central directory and
 * two small entries are read here, each within {@value #MAX_MANIFEST_BYTES} bytes, so a hostile
 * archive cannot make this expensive. Plain JDK: the server's gate and the child JVM's detector
 * both use it.
 */
public final class OfficePackage {

  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String ODT = "application/vnd.oasis.opendocument.text";
  public static final String ZIP = "application/zip";
  public static final String JAR = "application/java-archive";

  static final int MAX_ENTRIES = 10_000;
  static final int MAX_MANIFEST_BYTES = 1024 * 1024;

  private static final String OFFICE_DOCUMENT_RELATIONSHIP = "/relationships/officeDocument";
  private static final String MAIN_PART_SUFFIX = ".main+xml";

  // main part content type (lower case) → the document's media type, as Tika names them
  private static final Map<String, String> MAIN_PARTS =
      Map.of(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", DOCX,
          "application/vnd.ms-word.document.macroenabled.main+xml",
              "application/vnd.ms-word.document.macroenabled.12",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.ms-excel.sheet.macroenabled.main+xml",
              "application/vnd.ms-excel.sheet.macroenabled.12",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
              "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "application/vnd.ms-powerpoint.presentation.macroenabled.main+xml",
              "application/vnd.ms-powerpoint.presentation.macroenabled.12");

  private static final XMLInputFactory XML = secureXmlFactory();

  private OfficePackage() {}

  /**
   * The media type of the package in {@code file}: an OOXML or OpenDocument type, {@value #JAR} for
   * a Java archive, otherwise {@value #ZIP}. Empty when the file is no readable ZIP (damaged,
   * truncated, not a ZIP at all), its manifest is unreasonably large, or it names no main part with
   * a content type this knows.
   */
  public static Optional<String> typeOf(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      if (zip.size() > MAX_ENTRIES) {
        return Optional.empty();
      }
      Map<String, ZipEntry> entries = entriesByLowerCaseName(zip);
      ZipEntry contentTypes = entries.get("[content_types].xml");
      if (contentTypes != null) {
        return officeOpenXmlType(zip, contentTypes, entries.get("_rels/.rels"));
      }
      ZipEntry mimetype = entries.get("mimetype");
      if (mimetype != null) {
        String type = new String(read(zip, mimetype, 200), StandardCharsets.US_ASCII);
        return Optional.of(type.strip().toLowerCase(Locale.ROOT))
            .filter(kind -> kind.startsWith("application/vnd.oasis.opendocument."));
      }
      return Optional.of(entries.containsKey("meta-inf/manifest.mf") ? JAR : ZIP);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // damaged, truncated, oversized or hostile (the JDK's ZIP reader also throws unchecked
      // exceptions on some malformed headers): no verdict here, the caller treats it as unknown
      return Optional.empty();
    }
  }

  /**
   * The entry name of an OOXML package's main part ("word/document.xml"), as {@code _rels/.rels}
   * names it; empty for anything else.
   */
  public static Optional<String> mainPartEntry(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      ZipEntry relationships = entriesByLowerCaseName(zip).get("_rels/.rels");
      return relationships == null
          ? Optional.empty()
          : mainPart(read(zip, relationships, MAX_MANIFEST_BYTES)).map(part -> part.substring(1));
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> officeOpenXmlType(
      ZipFile zip, ZipEntry contentTypesEntry, ZipEntry relationships)
      throws IOException, XMLStreamException {
    if (relationships == null) {
      return Optional.empty();
    }
    Optional<String> mainPart = mainPart(read(zip, relationships, MAX_MANIFEST_BYTES));
    if (mainPart.isEmpty()) {
      return Optional.empty();
    }
    ContentTypes contentTypes =
        ContentTypes.parse(read(zip, contentTypesEntry, MAX_MANIFEST_BYTES));
    return contentTypes.of(mainPart.get()).flatMap(OfficePackage::documentTypeOfMainPart);
  }

  /** Known kinds by their Tika names; other ones (templates, add-ins …) after their main part. */
  private static Optional<String> documentTypeOfMainPart(String contentType) {
    String base = baseType(contentType);
    String known = MAIN_PARTS.get(base);
    if (known != null) {
      return Optional.of(known);
    }
    return base.endsWith(MAIN_PART_SUFFIX)
        ? Optional.of(base.substring(0, base.length() - MAIN_PART_SUFFIX.length()))
        : Optional.empty();
  }

  static String baseType(String contentType) {
    int parameters = contentType.indexOf(';');
    return (parameters < 0 ? contentType : contentType.substring(0, parameters))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The target of the package's office-document relationship, as a part name
   * ("/word/document.xml").
   */
  private static Optional<String> mainPart(byte[] rels) throws XMLStreamException {
    XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(rels));
    try {
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamReader.START_ELEMENT
            && reader.getLocalName().equals("Relationship")) {
          String type = reader.getAttributeValue(null, "Type");
          String target = reader.getAttributeValue(null, "Target");
          String mode = reader.getAttributeValue(null, "TargetMode");
          if (type != null
              && type.endsWith(OFFICE_DOCUMENT_RELATIONSHIP)
              && target != null
              && !"External".equalsIgnoreCase(mode)) {
            return Optional.of(target.startsWith("/") ? target : "/" + target);
          }
        }
      }
      return Optional.empty();
    } finally {
      reader.close();
    }
  }

  /**
   * The Default (by extension) and Override (by part name) entries of {@code [Content_Types].xml}.
   */
  record ContentTypes(Map<String, String> byExtension, Map<String, String> byPartName) {

    static ContentTypes parse(byte[] xml) throws XMLStreamException {
      Map<String, String> defaults = new HashMap<>();
      Map<String, String> overrides = new HashMap<>();
      XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        while (reader.hasNext()) {
          if (reader.next() != XMLStreamReader.START_ELEMENT) {
            continue;
          }
          String contentType = reader.getAttributeValue(null, "ContentType");
          if (contentType == null) {
            continue;
          }
          if (reader.getLocalName().equals("Default")) {
            String extension = reader.getAttributeValue(null, "Extension");
            if (extension != null) {
              defaults.put(extension.toLowerCase(Locale.ROOT), contentType);
            }
          } else if (reader.getLocalName().equals("Override")) {
            String partName = reader.getAttributeValue(null, "PartName");
            if (partName != null) {
              overrides.put(partName.toLowerCase(Locale.ROOT), contentType);
            }
          }
        }
      } finally {
        reader.close();
      }
      return new ContentTypes(defaults, overrides);
    }

    /** Part names compare without regard to case (ECMA-376 part 2, 9.1.1.1). */
    Optional<String> of(String partName) {
      String name = partName.toLowerCase(Locale.ROOT);
      String override = byPartName.get(name);
      if (override != null) {
        return Optional.of(override);
      }
      int dot = name.lastIndexOf('.');
      return dot < 0
          ? Optional.empty()
          : Optional.ofNullable(byExtension.get(name.substring(dot + 1)));
    }
  }

  private static Map<String, ZipEntry> entriesByLowerCaseName(ZipFile zip) {
    Map<String, ZipEntry> entries = new HashMap<>();
    Enumeration<? extends ZipEntry> all = zip.entries();
    while (all.hasMoreElements()) {
      ZipEntry entry = all.nextElement();
      entries.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry);
    }
    return entries;
  }

  /** The entry's bytes; refuses to inflate more than {@code limit} (the sizes in a ZIP can lie). */
  static byte[] read(ZipFile zip, ZipEntry entry, int limit) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw new IOException(entry.getName() + " is larger than " + limit + " bytes");
      }
      return bytes;
    }
  }

  private static XMLInputFactory secureXmlFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }
}
