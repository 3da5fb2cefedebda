package org.floorready.resume.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the config file that both {@code PipesConfig.load(Path)} (this JVM) and the child's {@code
 * PipesServer} read. It has to be a file: the child gets its path on the command line, and loading
 * pipes settings from a stream failed here.
 */
final class TikaPipesConfigFile {

  static final String FETCHER = "uploads";

  private static final String TEMPLATE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <properties>
        <pipes>
          <params>
            <numClients>%d</numClients>
            <timeoutMillis>%d</timeoutMillis>
            <maxWaitForClientMillis>%d</maxWaitForClientMillis>
            <startupTimeoutMillis>60000</startupTimeoutMillis>
            <sleepOnStartupTimeoutMillis>1000</sleepOnStartupTimeoutMillis>
            <shutdownClientAfterMillis>300000</shutdownClientAfterMillis>
            <maxFilesProcessedPerProcess>1000</maxFilesProcessedPerProcess>
            <maxForEmitBatchBytes>-1</maxForEmitBatchBytes>
            <javaPath>%s</javaPath>
            <forkedJvmArgs>
              <arg>-Xmx%s</arg>
              <arg>-XX:+UseSerialGC</arg>
              <arg>-cp</arg>
              <arg>%s</arg>
            </forkedJvmArgs>
          </params>
        </pipes>
        <fetchers>
          <fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
            <name>%s</name>
            <basePath>%s</basePath>
          </fetcher>
        </fetchers>
        <metadataFilters>
          <!-- only what IsolatedParse and ParsedDocument read travels back to this JVM -->
          <metadataFilter class="org.apache.tika.metadata.filter.IncludeFieldMetadataFilter">
            <params>
              <include>
                <field>X-TIKA:content</field>
                <field>Content-Type</field>
                <field>pdf:ocrPageCount</field>
                <field>X-TIKA:EXCEPTION:container_exception</field>
                <field>X-TIKA:EXCEPTION:embedded_exception</field>
                <field>X-TIKA:EXCEPTION:embedded_stream_exception</field>
                <field>X-TIKA:EXCEPTION:write_limit_reached</field>
                <field>X-FloorReady:repaired</field>
              </include>
            </params>
          </metadataFilter>
        </metadataFilters>
        <detectors>
          <!-- Tika's own, and ours that names an Office package by its manifest when POI cannot open it -->
          <detector class="org.apache.tika.detect.DefaultDetector"/>
          <detector class="org.floorready.resume.tika.OfficePackageDetector"/>
        </detectors>
        <renderers>
          <!-- PDFBox, but low-resolution scans enlarged smoothly for OCR -->
          <renderer class="org.floorready.resume.tika.SmoothScanRenderer"/>
        </renderers>
        <parsers>
          <!-- only the accepted formats (and OCR for scanned PDFs): nothing else is ever parsed -->
          <parser class="org.apache.tika.parser.pdf.PDFParser"/>
          <!-- Tika's OOXMLParser, repairing malformed content types that make POI refuse a package -->
          <parser class="org.floorready.resume.tika.RepairingOoxmlParser">
            <!-- streams word/document.xml instead of building XMLBeans objects: faster, less memory -->
            <params>
              <param name="useSAXDocxExtractor" type="bool">true</param>
            </params>
          </parser>
          <parser class="org.apache.tika.parser.microsoft.OfficeParser"/>
          <parser class="org.apache.tika.parser.microsoft.rtf.RTFParser"/>
          <parser class="org.apache.tika.parser.odf.OpenDocumentParser"/>
          <parser class="org.apache.tika.parser.csv.TextAndCSVParser"/>
          <parser class="org.apache.tika.parser.html.JSoupParser"/>
          <parser class="org.apache.tika.parser.ocr.TesseractOCRParser"/>
        </parsers>
        <autoDetectParserConfig>
          <params>
            <outputThreshold>1000000</outputThreshold>
            <maximumCompressionRatio>100</maximumCompressionRatio>
            <maximumDepth>100</maximumDepth>
            <maximumPackageEntryDepth>10</maximumPackageEntryDepth>
          </params>
        </autoDetectParserConfig>
      </properties>
      """;

  private TikaPipesConfigFile() {}

  /** Writes a fresh file into {@code settings.workDir()}; the caller deletes it when done. */
  static Path write(ExtractionSettings settings, Path uploadRoot) {
    long timeoutMillis = settings.timeout().toMillis();
    // -1 above: the child never emits by itself, it always sends the text back to us
    String xml =
        String.format(
            TEMPLATE,
            settings.clients(),
            timeoutMillis,
            timeoutMillis,
            escape(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
            settings.childHeap(),
            escape(settings.libDir().toAbsolutePath().resolve("*").toString()),
            FETCHER,
            escape(uploadRoot.toString()));
    try {
      Files.createDirectories(settings.workDir());
      Path file = Files.createTempFile(settings.workDir(), "tika-pipes-", ".xml");
      Files.writeString(file, xml, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Tika pipes config", e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
