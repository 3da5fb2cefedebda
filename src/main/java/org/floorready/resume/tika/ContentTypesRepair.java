package org.floorready.resume.tika;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.internal.ContentType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Fixes the content types that Apache POI would refuse in a package's {@code [Content_Types].xml}:
 * parameters that are not {@code name=value} are dropped ({@code image/svg+xml;base64} becomes
 * {@code image/svg+xml}); a type that is still malformed becomes {@code application/octet-stream}.
 * The copy takes every other entry over byte for byte, still compressed, so it costs no more than
 * the original's size whatever the entries expand to.
 */
final class ContentTypesRepair {

  static final String ENTRY = "[Content_Types].xml";

  private static final int MAX_BYTES = 1024 * 1024;
  private static final String FALLBACK = "application/octet-stream";

  private ContentTypesRepair() {}

  /**
   * The repaired {@code [Content_Types].xml}, or empty when POI accepts every content type in it.
   */
  static Optional<byte[]> repairedContentTypes(Path packageFile) throws IOException {
    try (ZipFile zip = ZipFile.builder().setPath(packageFile).get()) {
      ZipArchiveEntry entry = contentTypesEntry(zip);
      if (entry == null) {
        return Optional.empty();
      }
      byte[] original;
      try (InputStream in = zip.getInputStream(entry)) {
        original = in.readNBytes(MAX_BYTES + 1);
      }
      if (original.length > MAX_BYTES) {
        return Optional.empty();
      }
      return repaired(original);
    }
  }

  static Optional<byte[]> repaired(byte[] contentTypesXml) throws IOException {
    Document document = parse(contentTypesXml);
    boolean changed = false;
    for (String tag : new String[] {"Default", "Override"}) {
      NodeList elements = document.getElementsByTagNameNS("*", tag);
      for (int i = 0; i < elements.getLength(); i++) {
        Element element = (Element) elements.item(i);
        String value = element.getAttribute("ContentType");
        String fixed = wellFormed(value);
        if (!fixed.equals(value)) {
          element.setAttribute("ContentType", fixed);
          changed = true;
        }
      }
    }
    return changed ? Optional.of(serialize(document)) : Optional.empty();
  }

  /** {@code value} when POI accepts it, else its base type, else {@value #FALLBACK}. */
  static String wellFormed(String value) {
    if (accepted(value)) {
      return value;
    }
    int parameters = value.indexOf(';');
    String base = (parameters < 0 ? value : value.substring(0, parameters)).strip();
    return accepted(base) ? base.toLowerCase(Locale.ROOT) : FALLBACK;
  }

  private static boolean accepted(String contentType) {
    try {
      new ContentType(contentType);
      return true;
    } catch (InvalidFormatException e) {
      return false;
    }
  }

  /**
   * Writes {@code target}: the package at {@code source} with {@code contentTypes} in place of its
   * own.
   */
  static void copyWith(Path source, byte[] contentTypes, Path target) throws IOException {
    try (ZipFile zip = ZipFile.builder().setPath(source).get();
        ZipArchiveOutputStream out = new ZipArchiveOutputStream(target.toFile())) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        if (entry.getName().equalsIgnoreCase(ENTRY)) {
          out.putArchiveEntry(new ZipArchiveEntry(ENTRY));
          out.write(contentTypes);
          out.closeArchiveEntry();
        } else {
          try (InputStream raw = zip.getRawInputStream(entry)) {
            out.addRawArchiveEntry(entry, raw);
          }
        }
      }
    }
  }

  private static ZipArchiveEntry contentTypesEntry(ZipFile zip) {
    Enumeration<ZipArchiveEntry> entries = zip.getEntries();
    while (entries.hasMoreElements()) {
      ZipArchiveEntry entry = entries.nextElement();
      if (entry.getName().equalsIgnoreCase(ENTRY)) {
        return entry;
      }
    }
    return null;
  }

  private static Document parse(byte[] xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot read " + ENTRY, e);
    }
  }

  private static byte[] serialize(Document document) throws IOException {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IOException("cannot write " + ENTRY, e);
    }
  }
}
