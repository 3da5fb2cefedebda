package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.floorready.platform.Refusal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentTextExtractorTest {

  private static final Map<String, String> TYPE_BY_EXTENSION =
      Map.of(
          "pdf", "application/pdf",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "doc", "application/msword",
          "rtf", "application/rtf",
          "odt", "application/vnd.oasis.opendocument.text",
          "txt", "text/plain");
  private static final String GOOD_AFTERWARDS = "d01.pdf";

  @TempDir static Path uploads;
  @TempDir static Path work;
  static ResumeCorpus corpus;
  static DocumentTextExtractor extractor;

  @BeforeAll
  static void startExtractor() throws IOException {
    corpus = new ResumeCorpus();
    corpus.copyInto(uploads);
    ResumeCorpus.writeLargeText(uploads.resolve("b07-huge.txt"), 60);
    extractor =
        new DocumentTextExtractor(
            ExtractionSettings.defaults(ResumeCorpus.childLibDir(), uploads, work));
  }

  @AfterAll
  static void stopExtractor() {
    if (extractor != null) {
      extractor.close();
    }
  }

  static Stream<String> goodResumes() {
    return new ResumeCorpus().goodResumes().keySet().stream();
  }

  static Stream<String> hostileFilesExceptTheScan() {
    return new ResumeCorpus().hostileFiles().keySet().stream().filter(f -> !f.startsWith("b01"));
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
    assertThat(result.text()).isNotBlank().containsIgnoringCase(corpus.goodResumes().get(file));
    assertThat(result.needsOcr()).isFalse();
    assertThat(result.warnings()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("hostileFilesExceptTheScan")
  void hostileFileIsRefusedAsTruthSaysAndTheExtractorStillWorks(String file) {
    long start = System.nanoTime();
    Refusal refusal =
        catchThrowableOfType(Refusal.class, () -> extractor.extract(uploads.resolve(file)));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(refusal).as(file + " must be refused").isNotNull();
    assertThat(corpus.allowedStatuses(file)).contains(refusal.status());
    assertThat(took).isLessThan(Duration.ofSeconds(20));
    assertThat(extractor.extract(uploads.resolve(GOOD_AFTERWARDS)).text()).isNotBlank();
  }

  @Test
  void refusalsSayWhatHappened() {
    assertThat(reasonFor("b02-truncated.pdf")).isEqualTo(UnreadableResume.Reason.DAMAGED);
    assertThat(reasonFor("b03-bomb.docx")).isEqualTo(UnreadableResume.Reason.UNSAFE);
    assertThat(reasonFor("b04-empty.pdf")).isEqualTo(UnreadableResume.Reason.EMPTY);
    assertThat(reasonFor("b06-encrypted.pdf"))
        .isEqualTo(UnreadableResume.Reason.PASSWORD_PROTECTED);
    assertThatThrownBy(() -> extractor.extract(uploads.resolve("b05-binary.pdf")))
        .isInstanceOfSatisfying(
            UnsupportedDocumentType.class,
            e -> assertThat(e.detectedType()).isEqualTo("application/x-sharedlib"));
    assertThatThrownBy(() -> extractor.extract(uploads.resolve("b07-huge.txt")))
        .isInstanceOf(DocumentTooLarge.class)
        .hasMessageContaining("limit is 10485760 bytes");
  }

  @Test
  void scannedPdfIsReadByOcrWhenTesseractIsInstalled() {
    // a fresh machine may lack tesseract; CI installs it and sets floorready.ocr.required
    if (!Boolean.getBoolean("floorready.ocr.required")) {
      assumeTrue(DocumentTextExtractor.tesseractInstalled(), "tesseract is not on the PATH");
    }
    ExtractedText result = extractor.extract(uploads.resolve("b01-scanned.pdf"));

    assertThat(result.mediaType()).isEqualTo("application/pdf");
    assertThat(result.text()).contains("Denise K. Abernathy");
    assertThat(result.needsOcr()).isFalse();
    assertThat(result.warnings()).singleElement().asString().contains("read by OCR");
  }

  @Test
  void scannedPdfWithoutOcrComesBackFlaggedInsteadOfRefused(@TempDir Path otherWork) {
    ExtractionSettings noOcr =
        ExtractionSettings.defaults(ResumeCorpus.childLibDir(), uploads, otherWork).withOcr(false);
    try (DocumentTextExtractor withoutOcr = new DocumentTextExtractor(noOcr)) {
      ExtractedText result = withoutOcr.extract(uploads.resolve("b01-scanned.pdf"));

      assertThat(result.mediaType()).isEqualTo("application/pdf");
      assertThat(result.text()).isBlank();
      assertThat(result.needsOcr()).isTrue();
      assertThat(result.warnings()).containsExactly("no text — needs OCR");
    }
  }

  @Test
  void longTextIsCutAtTheWriteLimitWithAWarning() throws IOException {
    Path longText = uploads.resolve("long.txt");
    ResumeCorpus.writeLargeText(longText, 9);

    ExtractedText result = extractor.extract(longText);

    assertThat(result.mediaType()).isEqualTo("text/plain");
    assertThat(result.text().length()).isBetween(1_900_000, ExtractionSettings.DEFAULT_MAX_CHARS);
    assertThat(result.warnings()).containsExactly("text truncated at 2000000 characters");
  }

  @Test
  void textThatIsNoResumeFormatIsRefusedOnTheChildsVerdict() throws IOException {
    // text passes the quick check here; the child names the format and the allow-list refuses it
    Path svg = uploads.resolve("resume-svg.txt");
    Files.writeString(svg, "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
        + "<text>Jane Doe jane@example.com</text></svg>\n");
    Path xml = uploads.resolve("resume-xml.txt");
    Files.writeString(xml, "<?xml version=\"1.0\"?>\n<resume><name>Jane Doe</name></resume>\n");

    assertThatThrownBy(() -> extractor.extract(svg)).isInstanceOf(UnsupportedDocumentType.class);
    assertThatThrownBy(() -> extractor.extract(xml)).isInstanceOf(UnsupportedDocumentType.class);
  }

  @Test
  void fileNameDoesNotDecideTheType() throws IOException {
    Path pdfNamedTxt = uploads.resolve("resume-really-a-pdf.txt");
    Files.copy(uploads.resolve("d07.pdf"), pdfNamedTxt);

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
    Path outside = Files.copy(uploads.resolve("d05.txt"), elsewhere.resolve("d05.txt"));
    Path sneaky = uploads.resolve("../" + elsewhere.getFileName() + "/d05.txt");

    assertThatThrownBy(() -> extractor.extract(outside))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> extractor.extract(sneaky))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentCallersAllGetTheirOwnText() throws Exception {
    List<String> files = List.of("d01.pdf", "d02.docx", "d04.rtf", "d05.txt", "d06.html", "d08.doc",
        "d13.odt", "d14.pdf");
    ExecutorService callers = Executors.newFixedThreadPool(files.size());
    try {
      List<Future<ExtractedText>> results =
          callers.invokeAll(files.stream()
              .map(f -> (Callable<ExtractedText>) () -> extractor.extract(uploads.resolve(f)))
              .toList());
      for (int i = 0; i < files.size(); i++) {
        assertThat(results.get(i).get().text())
            .containsIgnoringCase(corpus.goodResumes().get(files.get(i)));
      }
    } finally {
      callers.shutdownNow();
    }
  }

  private static UnreadableResume.Reason reasonFor(String file) {
    return catchThrowableOfType(
            UnreadableResume.class, () -> extractor.extract(uploads.resolve(file)))
        .reason();
  }
}
