package org.floorready.candidate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Isolation must not change the text, and should cost little. A measurement, so it runs only with
 * {@code -Dfloorready.benchmark=true}.
 */
class ExtractionTimingTest {

  private static final int WARM_UP_ROUNDS = 5;
  private static final int RUNS = 9;

  @TempDir Path uploads;
  @TempDir Path work;

  @Test
  void isolatedParsingGivesTheSameTextAsInProcessParsing() throws Exception {
    assumeTrue(Boolean.getBoolean("floorready.benchmark"), "set -Dfloorready.benchmark=true");
    ResumeCorpus corpus = new ResumeCorpus();
    corpus.copyInto(uploads);
    AutoDetectParser inProcess = new AutoDetectParser();
    ExtractionSettings settings =
        ExtractionSettings.defaults(ResumeCorpus.childLibDir(), uploads, work);

    try (DocumentTextExtractor isolated = new DocumentTextExtractor(settings.withClients(1))) {
      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        for (String file : corpus.goodResumes().keySet()) {
          isolated.extract(uploads.resolve(file));
          parseInProcess(inProcess, uploads.resolve(file));
        }
      }
      System.out.printf("%-24s %14s %14s%n", "file", "pipes ms", "in-process ms");
      for (String file : corpus.goodResumes().keySet()) {
        Path path = uploads.resolve(file);
        double[] pipes = new double[RUNS];
        double[] local = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
          long start = System.nanoTime();
          isolated.extract(path);
          pipes[i] = (System.nanoTime() - start) / 1e6;
          start = System.nanoTime();
          parseInProcess(inProcess, path);
          local[i] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf("%-24s %14.1f %14.1f%n", file, median(pipes), median(local));
        // the pipes' text handler also keeps the HTML <title>, which BodyContentHandler drops
        assertThat(words(isolated.extract(path).text()))
            .as(file)
            .contains(words(parseInProcess(inProcess, path)));
      }
    }
  }

  private static String parseInProcess(AutoDetectParser parser, Path file) throws Exception {
    BodyContentHandler handler = new BodyContentHandler(-1);
    ParseContext context = new ParseContext();
    TesseractOCRConfig noOcr = new TesseractOCRConfig();
    noOcr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, noOcr);
    try (InputStream stream = TikaInputStream.get(file)) {
      parser.parse(stream, handler, new Metadata(), context);
    }
    return handler.toString();
  }

  private static String words(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
