package org.floorready.it;

import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Resumes made for one test (a person nobody else uploads) and waiting for uploads to be parsed. */
final class IntakeFiles {
  static final Path CORPUS = Path.of(System.getProperty("floorready.resumes", "../shared/resumes"), "out");

  private IntakeFiles() {}

  /** The Tulsa, OK resume of the corpus (d05.txt) with another name, this email and a random phone. */
  static File textResume(String name, String email) throws IOException {
    List<String> lines = Files.readAllLines(CORPUS.resolve("d05.txt"));
    lines.set(0, name.toUpperCase(java.util.Locale.ROOT));
    lines.set(2, "Tulsa, OK 74103 | 405-555-%04d | %s".formatted(ThreadLocalRandom.current().nextInt(10_000), email));
    Path file = Files.createTempFile(email.replaceAll("\\W", "-"), ".txt");
    Files.write(file, lines);
    file.toFile().deleteOnExit();
    return file.toFile();
  }

  /** A made-up surname, so that no earlier run's person is taken for this one. */
  static String uniqueSurname() {
    StringBuilder name = new StringBuilder("Q");
    ThreadLocalRandom.current().ints(7, 'a', 'z' + 1).forEach(c -> name.append((char) c));
    return name.toString();
  }

  static void awaitDone(Supplier<RequestSpecification> as, int batch) {
    await().atMost(Duration.ofSeconds(60)).until(() -> {
      Response progress = as.get().get("/uploads/" + batch);
      return progress.<Integer>path("done").equals(progress.<Integer>path("total"));
    });
  }

  @SuppressWarnings("unchecked")
  static int queued(Map<String, Object> batchSummary) {
    return (Integer) ((Map<String, Object>) batchSummary.get("counts")).get("queued");
  }
}
