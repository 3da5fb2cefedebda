package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.floorready.fixtures.HostileFiles;
import org.floorready.fixtures.TestResumes;
import org.floorready.platform.Refusal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text extraction in the child JVMs over FloorReady's own test resumes (one or two per accepted
 * format) and hostile files the test writes itself: everything runs on a clone of the project
 * alone.
 */
class DocumentTextExtractorTest {

  private static final Map<String, String> TYPE_BY_EXTENSION =
      Map.of(
          "pdf", "application/pdf",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "doc", "application/msword",
          "rtf", "application/rtf",
          "odt", "application/vnd.oasis.opendocument.text",
          "txt", "text/plain");

  @TempDir static Path uploads;
  @TempDir static Path work;
  static DocumentTextExtractor extractor;
  static Map<String, Path> hostile;

  @BeforeAll
  static void startExtractor() throws IOException {
    TestResumes.copyAll(uploads);
    hostile =
        Map.of(
            "truncated", HostileFiles.truncatedPdf(uploads),
            "bomb", HostileFiles.zipBomb(uploads, 200),
            "empty", HostileFiles.empty(uploads),
            "program", HostileFiles.programNamedPdf(uploads),
            "encrypted", HostileFiles.encryptedPdf(uploads),
            "too large", HostileFiles.hugeText(uploads, 12));
    extractor =
        new DocumentTextExtractor(
            ExtractionSettings.defaults(ChildLibraries.folder(), uploads, work));
  }

  @AfterAll
  static void stopExtractor() {
    if (extractor != null) {
      extractor.close();
    }
  }

  static Stream<String> goodResumes() {
    return TestResumes.all().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("goodResumes")
  void goodResumeGivesItsTextAndType(String file) {
    ExtractedText result = extractor.extract(uploads.resolve(file));

    String extension = file.substring(file.lastIndexOf('.') + 1);
    if (extension.equals("html")) {
      // pandoc writes XHTML-style HTML; Tika's magic sees either
      assertThat(result.mediaType()).isIn("text/html", "application/xhtml+xml");
    } else {
      assertThat(result.mediaType()).isEqualTo(TYPE_BY_EXTENSION.get(extension));
    }
    assertThat(result.text()).isNotBlank().containsIgnoringCase(TestResumes.truth(file).email());
    assertThat(result.needsOcr()).isFalse();
    assertThat(result.warnings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"truncated", "bomb", "empty", "program", "encrypted", "too large"})
  void hostileFileIsRefusedAndTheExtractorStillWorks(String kind) {
    Refusal refusal =
        catchThrowableOfType(Refusal.class, () -> extractor.extract(hostile.get(kind)));

    assertThat(refusal).as(kind + " must be refused").isNotNull();
    assertThat(refusal.status()).isIn(413, 415, 422);
    assertThat(extractor.extract(uploads.resolve(TestResumes.PDF)).text()).isNotBlank();
  }

  @Test
  void refusalsSayWhatHappened() {
    assertThat(reasonFor("truncated")).isEqualTo(UnreadableResume.Reason.DAMAGED);
    assertThat(reasonFor("bomb")).isEqualTo(UnreadableResume.Reason.UNSAFE);
    assertThat(reasonFor("empty")).isEqualTo(UnreadableResume.Reason.EMPTY);
    assertThat(reasonFor("encrypted")).isEqualTo(UnreadableResume.Reason.PASSWORD_PROTECTED);
    assertThatThrownBy(() -> extractor.extract(hostile.get("program")))
        .isInstanceOfSatisfying(
            UnsupportedDocumentType.class,
            e -> assertThat(e.detectedType()).isEqualTo("application/x-sharedlib"))
        .hasMessageContaining("a program, not a resume");
    assertThatThrownBy(() -> extractor.extract(hostile.get("too large")))
        .isInstanceOf(DocumentTooLarge.class)
        .hasMessageContaining("limit is 10485760 bytes");
  }

  @Test
  void scannedPdfIsReadByOcrWhenTesseractIsInstalled() throws IOException {
    // a fresh machine may lack tesseract; CI installs it and sets floorready.ocr.required
    if (!Boolean.getBoolean("floorready.ocr.required")) {
      assumeTrue(DocumentTextExtractor.tesseractInstalled(), "tesseract is not on the PATH");
    }
    ExtractedText result = extractor.extract(HostileFiles.scannedPdf(uploads, 1));

    assertThat(result.mediaType()).isEqualTo("application/pdf");
    assertThat(result.text()).contains(HostileFiles.SCANNED_NAME);
    assertThat(result.needsOcr()).isFalse();
    assertThat(result.warnings()).singleElement().asString().contains("read by OCR");
  }

  @Test
  void scannedPdfWithoutOcrComesBackFlaggedInsteadOfRefused(@TempDir Path otherWork)
      throws IOException {
    ExtractionSettings noOcr =
        ExtractionSettings.defaults(ChildLibraries.folder(), uploads, otherWork).withOcr(false);
    Path scan = HostileFiles.scannedPdf(uploads, 1);
    try (DocumentTextExtractor withoutOcr = new DocumentTextExtractor(noOcr)) {
      ExtractedText result = withoutOcr.extract(scan);

      assertThat(result.mediaType()).isEqualTo("application/pdf");
      assertThat(result.text()).isBlank();
      assertThat(result.needsOcr()).isTrue();
      assertThat(result.warnings()).containsExactly("no text — needs OCR");
    }
  }

  @Test
  void longTextIsCutAtTheWriteLimitWithAWarning() throws IOException {
    Path longText = HostileFiles.hugeText(uploads, 9);

    ExtractedText result = extractor.extract(longText);

    assertThat(result.mediaType()).isEqualTo("text/plain");
    assertThat(result.text().length()).isBetween(1_900_000, ExtractionSettings.DEFAULT_MAX_CHARS);
    assertThat(result.warnings()).containsExactly("text truncated at 2000000 characters");
  }

  @Test
  void textThatIsNoResumeFormatIsRefusedOnTheChildsVerdict() throws IOException {
    // text passes the quick check here; the child names the format and the allow-list refuses it
    Path svg = uploads.resolve("resume-svg.txt");
    Files.writeString(
        svg,
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
            + "<text>Jane Doe jane@example.com</text></svg>\n");
    Path xml = uploads.resolve("resume-xml.txt");
    Files.writeString(xml, "<?xml version=\"1.0\"?>\n<resume><name>Jane Doe</name></resume>\n");

    assertThatThrownBy(() -> extractor.extract(svg)).isInstanceOf(UnsupportedDocumentType.class);
    assertThatThrownBy(() -> extractor.extract(xml)).isInstanceOf(UnsupportedDocumentType.class);
  }

  @Test
  void fileNameDoesNotDecideTheType() throws IOException {
    Path pdfNamedTxt = uploads.resolve("resume-really-a-pdf.txt");
    Files.copy(uploads.resolve(TestResumes.PDF_CONTACT_AT_END), pdfNamedTxt);

    assertThat(extractor.extract(pdfNamedTxt).mediaType()).isEqualTo("application/pdf");
  }

  @Test
  void plainTextWithACommaOnEveryLineIsStillPlainText() throws IOException {
    // Tika's text parser calls this text/csv; it must not trip the allow-list check on the result
    Path commaText = uploads.resolve("skills.txt");
    Files.writeString(commaText, "Salesforce, Five9, EZLynx, Applied Epic\n".repeat(40));

    ExtractedText result = extractor.extract(commaText);

    assertThat(result.mediaType()).isEqualTo("text/plain");
    assertThat(result.text()).contains("EZLynx");
  }

  @Test
  void fileOutsideTheUploadFolderIsNotRead(@TempDir Path elsewhere) throws IOException {
    Path outside = Files.copy(uploads.resolve(TestResumes.TXT), elsewhere.resolve(TestResumes.TXT));
    Path sneaky = uploads.resolve("../" + elsewhere.getFileName() + "/" + TestResumes.TXT);

    assertThatThrownBy(() -> extractor.extract(outside))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> extractor.extract(sneaky))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentCallersAllGetTheirOwnText() throws Exception {
    List<String> files = List.copyOf(TestResumes.all().keySet());
    ExecutorService callers = Executors.newFixedThreadPool(files.size());
    try {
      List<Future<ExtractedText>> results =
          callers.invokeAll(
              files.stream()
                  .map(f -> (Callable<ExtractedText>) () -> extractor.extract(uploads.resolve(f)))
                  .toList());
      for (int i = 0; i < files.size(); i++) {
        assertThat(results.get(i).get().text())
            .containsIgnoringCase(TestResumes.truth(files.get(i)).email());
      }
    } finally {
      callers.shutdownNow();
    }
  }

  private static UnreadableResume.Reason reasonFor(String kind) {
    return catchThrowableOfType(UnreadableResume.class, () -> extractor.extract(hostile.get(kind)))
        .reason();
  }
}
