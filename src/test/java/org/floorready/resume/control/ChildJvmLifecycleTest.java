package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.floorready.fixtures.HostileFiles;
import org.floorready.fixtures.TestResumes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmLifecycleTest {

  @TempDir Path uploads;
  @TempDir Path work;

  @BeforeEach
  void storeUploads() {
    TestResumes.copy(TestResumes.PDF, uploads);
    TestResumes.copy(TestResumes.TXT, uploads);
  }

  @Test
  void childrenStartOnFirstUseAndStopOnClose() {
    DocumentTextExtractor extractor = new DocumentTextExtractor(settings());
    assertThat(children()).isZero();

    extractor.extract(uploads.resolve(TestResumes.TXT));
    assertThat(children()).isEqualTo(1);

    extractor.close();
    assertThat(children()).isZero();
    assertThatThrownBy(() -> extractor.extract(uploads.resolve(TestResumes.TXT)))
        .isInstanceOf(ParserUnavailable.class);
  }

  @Test
  void aZipBombIsRefusedAsUnsafeAndTheNextDocumentStillParses() throws IOException {
    Path bomb = HostileFiles.zipBomb(uploads, 200);
    try (DocumentTextExtractor extractor = new DocumentTextExtractor(settings().withClients(1))) {
      extractor.extract(uploads.resolve(TestResumes.PDF));

      UnreadableResume refusal =
          catchThrowableOfType(UnreadableResume.class, () -> extractor.extract(bomb));

      assertThat(refusal.reason()).isEqualTo(UnreadableResume.Reason.UNSAFE);
      assertThat(extractor.extract(uploads.resolve(TestResumes.PDF)).text()).contains("Okafor");
    }
  }

  @Test
  void timeoutKillsTheChildAndTheNextDocumentStillParses() throws IOException {
    Path slow = uploads.resolve("slow.pdf");
    SlowPdf.write(slow, 20_000_000);
    ExtractionSettings twoSeconds = settings().withClients(1).withTimeout(Duration.ofSeconds(2));
    try (DocumentTextExtractor extractor = new DocumentTextExtractor(twoSeconds)) {
      extractor.extract(uploads.resolve(TestResumes.TXT));

      UnreadableResume refusal =
          catchThrowableOfType(UnreadableResume.class, () -> extractor.extract(slow));

      assertThat(refusal.reason()).isEqualTo(UnreadableResume.Reason.TOOK_TOO_LONG);
      assertThat(refusal.status()).isEqualTo(422);
      assertThat(extractor.extract(uploads.resolve(TestResumes.TXT)).text()).contains("BRENNAN");
    }
  }

  @Test
  void ocrThatTakesTooLongLeavesTheScanFlaggedInsteadOfRefused() throws IOException {
    assumeTrue(DocumentTextExtractor.tesseractInstalled(), "needs tesseract");
    // OCR takes seconds a page (~6 s here), reading the 12 pages without OCR well under a second:
    // the
    // 10 s timeout falls between the two by a wide margin even on a busy machine
    Path scan12 = HostileFiles.scannedPdf(uploads, 12);
    ExtractionSettings tooShortForOcr =
        settings().withClients(1).withTimeout(Duration.ofSeconds(10));
    try (DocumentTextExtractor extractor = new DocumentTextExtractor(tooShortForOcr)) {
      extractor.extract(uploads.resolve(TestResumes.PDF));

      ExtractedText scan = extractor.extract(scan12);

      assertThat(scan.needsOcr()).isTrue();
      assertThat(scan.warnings())
          .containsExactly("OCR failed (TOOK_TOO_LONG)", "no text — needs OCR");
      assertThat(extractor.extract(uploads.resolve(TestResumes.PDF)).text()).contains("Okafor");
    }
  }

  private ExtractionSettings settings() {
    return ExtractionSettings.defaults(ChildLibraries.folder(), uploads, work);
  }

  // the child's command line names the config file, which lives in this test's work folder
  private long children() {
    return ProcessHandle.current()
        .descendants()
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().orElse("").contains(work.toString()))
        .count();
  }
}
