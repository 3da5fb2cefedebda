package org.floorready.resume.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full profile extraction (isolated Tika text in a child JVM + profile extraction) against plain
 * in-process Tika text extraction of the same files, in the same run, as a ratio. Plain Tika is
 * Tika's default configuration; a second measurement compares with in-process Tika configured as
 * the child is (only the accepted formats, the streaming DOCX reader), which shows what isolation
 * itself costs. A measurement: runs only with {@code -Dfloorready.benchmark=true}; prints and
 * writes target/benchmarks/parse.txt and parse-configured.txt.
 */
class ParseThroughputBenchmark {
  private static final int WARM_UP = 5;
  private static final int ROUNDS = 20;

  @TempDir Path uploads;
  @TempDir Path work;

  @Test
  void profileExtractionAgainstBareTika() throws Exception {
    measure(new AutoDetectParser(), "bare Tika in-process text", "parse.txt");
  }

  @Test
  void profileExtractionAgainstTikaConfiguredAsTheChild() throws Exception {
    Path config = TikaPipesConfigFile.write(settings(), uploads.toRealPath());
    measure(
        new AutoDetectParser(new TikaConfig(config)),
        "bare Tika configured as the child",
        "parse-configured.txt");
  }

  private ExtractionSettings settings() {
    return ExtractionSettings.defaults(ChildLibraries.folder(), uploads, work).withClients(1);
  }

  private void measure(AutoDetectParser tika, String baseline, String reportFile) throws Exception {
    assumeTrue(Boolean.getBoolean("floorready.benchmark"), "set -Dfloorready.benchmark=true");
    ResumeCorpus corpus = new ResumeCorpus();
    corpus.copyInto(uploads);
    List<Path> files = corpus.goodResumes().keySet().stream().map(uploads::resolve).toList();
    ResumeProfileExtractor profiles = new ResumeProfileExtractor();
    LocalDate today = LocalDate.of(2026, 11, 30);
    try (DocumentTextExtractor isolated = new DocumentTextExtractor(settings())) {
      for (int i = 0; i < WARM_UP; i++) {
        for (Path file : files) {
          bareTika(tika, file);
          ExtractedText text = isolated.extract(file);
          profiles.extract(text.mediaType(), text.text(), today);
        }
      }
      long bare = 0;
      long full = 0;
      long extraction = 0;
      for (int round = 0; round < ROUNDS; round++) {
        for (Path file : files) {
          long start = System.nanoTime();
          assertThat(bareTika(tika, file)).isNotBlank();
          bare += System.nanoTime() - start;
          start = System.nanoTime();
          ExtractedText text = isolated.extract(file);
          long extracted = System.nanoTime();
          assertThat(profiles.extract(text.mediaType(), text.text(), today).emails()).isNotEmpty();
          extraction += System.nanoTime() - extracted;
          full += System.nanoTime() - start;
        }
      }
      for (Path file : files) {
        // isolation must not lose text (the pipes' handler also keeps the HTML <title>)
        assertThat(words(isolated.extract(file).text()))
            .as(file.toString())
            .contains(words(bareTika(tika, file)));
      }
      int documents = files.size() * ROUNDS;
      String report =
          String.format(
              "documents: %d (%d files x %d rounds)%n%s: %.1f ms/doc (%.0f docs/s)%n"
                  + "full profile (isolated Tika + extraction): %.1f ms/doc (%.0f docs/s)%n"
                  + "  of which profile extraction: %.1f ms/doc%nratio full/bare: %.2f%n",
              documents,
              files.size(),
              ROUNDS,
              baseline,
              bare / 1e6 / documents,
              documents / (bare / 1e9),
              full / 1e6 / documents,
              documents / (full / 1e9),
              extraction / 1e6 / documents,
              (double) full / bare);
      System.out.print(report);
      Files.createDirectories(Path.of("target/benchmarks"));
      Files.writeString(Path.of("target/benchmarks").resolve(reportFile), report);
    }
  }

  private static String words(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String bareTika(AutoDetectParser parser, Path file) throws Exception {
    BodyContentHandler handler = new BodyContentHandler(-1);
    ParseContext context = new ParseContext();
    TesseractOCRConfig noOcr = new TesseractOCRConfig();
    noOcr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, noOcr);
    try (InputStream in = TikaInputStream.get(file)) {
      parser.parse(in, handler, new Metadata(), context);
    }
    return handler.toString();
  }
}
