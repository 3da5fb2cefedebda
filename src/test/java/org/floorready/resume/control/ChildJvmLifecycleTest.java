package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmLifecycleTest {

  @TempDir Path uploads;
  @TempDir Path work;

  @BeforeEach
  void storeUploads() throws IOException {
    new ResumeCorpus().copyInto(uploads);
  }

  @Test
  void childrenStartOnFirstUseAndStopOnClose() {
    DocumentTextExtractor extractor = new DocumentTextExtractor(settings());
    assertThat(children()).isZero();

    extractor.extract(uploads.resolve("d05.txt"));
    assertThat(children()).isEqualTo(1);

    extractor.close();
    assertThat(children()).isZero();
    assertThatThrownBy(() -> extractor.extract(uploads.resolve("d05.txt")))
        .isInstanceOf(ParserUnavailable.class);
  }

  @Test
  void childRestartsAfterTheZipBombExhaustsItsHeap() {
    try (DocumentTextExtractor extractor = new DocumentTextExtractor(settings().withClients(1))) {
      extractor.extract(uploads.resolve("d01.pdf"));
      long warm =
          LongStream.range(0, 5)
              .map(i -> millisToExtract(extractor, "d01.pdf"))
              .sorted()
              .skip(2)
              .findFirst()
              .orElseThrow();

      long start = System.nanoTime();
      UnreadableResume refusal =
          catchThrowableOfType(
              UnreadableResume.class, () -> extractor.extract(uploads.resolve("b03-bomb.docx")));
      long bomb = (System.nanoTime() - start) / 1_000_000;
      long afterBomb = millisToExtract(extractor, "d01.pdf");

      assertThat(refusal.reason()).isEqualTo(UnreadableResume.Reason.UNSAFE);
      assertThat(bomb).isLessThan(20_000);
      System.out.printf(
          "zip bomb refused in %d ms; next d01.pdf took %d ms (warm: %d ms) -> restart ~%d ms%n",
          bomb, afterBomb, warm, afterBomb - warm);
    }
  }

  @Test
  void timeoutKillsTheChildAndTheNextDocumentStillParses() throws IOException {
    Path slow = uploads.resolve("slow.pdf");
    SlowPdf.write(slow, 20_000_000);
    ExtractionSettings twoSeconds = settings().withClients(1).withTimeout(Duration.ofSeconds(2));
    try (DocumentTextExtractor extractor = new DocumentTextExtractor(twoSeconds)) {
      extractor.extract(uploads.resolve("d05.txt"));

      long start = System.nanoTime();
      UnreadableResume refusal =
          catchThrowableOfType(UnreadableResume.class, () -> extractor.extract(slow));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(refusal.reason()).isEqualTo(UnreadableResume.Reason.TOOK_TOO_LONG);
      assertThat(refusal.status()).isEqualTo(422);
      assertThat(took).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(15));
      assertThat(extractor.extract(uploads.resolve("d05.txt")).text()).contains("HOLLOWAY");
    }
  }

  @Test
  void ocrThatTakesTooLongLeavesTheScanFlaggedInsteadOfRefused() {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/tesseract")), "needs tesseract");
    // OCR of b01's page takes ~6 s here; parsing it without OCR ~0.1 s once the child is warm (3 s leaves room for a busy machine)
    ExtractionSettings tooShortForOcr =
        settings().withClients(1).withTimeout(Duration.ofMillis(3000));
    try (DocumentTextExtractor extractor = new DocumentTextExtractor(tooShortForOcr)) {
      extractor.extract(uploads.resolve("d01.pdf"));

      ExtractedText scan = extractor.extract(uploads.resolve("b01-scanned.pdf"));

      assertThat(scan.needsOcr()).isTrue();
      assertThat(scan.warnings())
          .containsExactly("OCR failed (TOOK_TOO_LONG)", "no text — needs OCR");
      assertThat(extractor.extract(uploads.resolve("d01.pdf")).text()).contains("Halvorsen");
    }
  }

  private ExtractionSettings settings() {
    return ExtractionSettings.defaults(ResumeCorpus.childLibDir(), uploads, work);
  }

  private long millisToExtract(DocumentTextExtractor extractor, String file) {
    long start = System.nanoTime();
    extractor.extract(uploads.resolve(file));
    return (System.nanoTime() - start) / 1_000_000;
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
