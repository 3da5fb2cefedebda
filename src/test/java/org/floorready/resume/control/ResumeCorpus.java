package org.floorready.resume.control;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The shared development corpus (../shared/resumes) and what truth.json says about it. */
final class ResumeCorpus {

  private static final Pattern RESUME_EMAIL =
      Pattern.compile(
          "\"([\\w.-]+\\.\\w+)\":\\s*\\{\"name\":\\s*\"[^\"]*\",\\s*\"email\":\\s*\"([^\"]+)\"");
  private static final Pattern BAD_ENTRY = Pattern.compile("\"(b\\d\\d-[^\"]+)\":\\s*\"([^\"]*)\"");
  private static final Pattern STATUS = Pattern.compile("\\b(4\\d\\d)\\b");

  final Path root = Path.of(System.getProperty("floorready.resumes", "/work/shared/resumes"));
  final Path out = root.resolve("out");
  private final String truth;

  /**
   * The shared corpus is an extra: CI requires it ({@code -Dfloorready.corpus.required=true}); a
   * clone of the project alone skips what needs it, and says so.
   */
  ResumeCorpus() {
    boolean present = Files.isRegularFile(root.resolve("truth.json"));
    if (!present) {
      String why =
          "the shared resume corpus is not at " + root + " (../shared/resumes next to the project)";
      if (Boolean.getBoolean("floorready.corpus.required")) {
        throw new IllegalStateException("floorready.corpus.required is set, but " + why);
      }
      System.out.println(
          "SKIPPED: " + why + "; the accuracy test over it is an extra that CI runs");
    }
    assumeTrue(present, "no resume corpus at " + root);
    try {
      truth = Files.readString(root.resolve("truth.json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** File name → email, for every good resume in truth.json. */
  Map<String, String> goodResumes() {
    Map<String, String> emails = new LinkedHashMap<>();
    Matcher m = RESUME_EMAIL.matcher(truth);
    while (m.find()) {
      emails.put(m.group(1), m.group(2));
    }
    return emails;
  }

  /** File name → the expected outcome, as prose, for every hostile file. */
  Map<String, String> hostileFiles() {
    Map<String, String> outcomes = new LinkedHashMap<>();
    Matcher m = BAD_ENTRY.matcher(truth);
    while (m.find()) {
      outcomes.put(m.group(1), m.group(2));
    }
    return outcomes;
  }

  /** The HTTP statuses truth.json allows for a hostile file, e.g. [413, 422]; "4xx" is all. */
  List<Integer> allowedStatuses(String hostileFile) {
    String outcome = hostileFiles().get(hostileFile);
    if (outcome.contains("4xx")) {
      return IntStream.range(400, 500).boxed().toList();
    }
    List<Integer> statuses = new ArrayList<>();
    Matcher m = STATUS.matcher(outcome);
    while (m.find()) {
      statuses.add(Integer.valueOf(m.group(1)));
    }
    return statuses;
  }

  /** Copies the corpus into an upload folder, as the web layer would store uploads. */
  void copyInto(Path uploads) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, uploads.resolve(file.getFileName()));
      }
    }
  }

  /** Writes a text file of about {@code megabytes} MB, the way make_corpus.sh makes b07. */
  static void writeLargeText(Path file, int megabytes) throws IOException {
    byte[] line =
        "Licensed P&C agent in Omaha NE with 12 years of inbound sales\n"
            .getBytes(StandardCharsets.US_ASCII);
    byte[] block = new byte[1024 * 1024 - (1024 * 1024) % line.length];
    for (int i = 0; i < block.length; i += line.length) {
      System.arraycopy(line, 0, block, i, line.length);
    }
    try (var output = Files.newOutputStream(file)) {
      for (long written = 0; written < megabytes * 1024L * 1024L; written += block.length) {
        output.write(block);
      }
    }
  }
}
