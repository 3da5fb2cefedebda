package org.floorready.it;

import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.floorready.fixtures.TestResumes;

/**
 * Resumes made for one test (a person nobody else uploads) and waiting for uploads to be parsed.
 */
final class IntakeFiles {
  private IntakeFiles() {}

  /** The Tulsa, OK test resume with another name, this email and a random phone. */
  static File textResume(String name, String email) {
    return TestResumes.textResume(
        name,
        "Tulsa, OK 74103",
        "405-555-%04d".formatted(ThreadLocalRandom.current().nextInt(10_000)),
        email);
  }

  /** A made-up surname, so that no earlier run's person is taken for this one. */
  static String uniqueSurname() {
    StringBuilder name = new StringBuilder("Q");
    ThreadLocalRandom.current().ints(7, 'a', 'z' + 1).forEach(c -> name.append((char) c));
    return name.toString();
  }

  static void awaitDone(Supplier<RequestSpecification> as, int batch) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              Response progress = as.get().get("/uploads/" + batch);
              return progress.<Integer>path("done").equals(progress.<Integer>path("total"));
            });
  }

  @SuppressWarnings("unchecked")
  static int queued(Map<String, Object> batchSummary) {
    return (Integer) ((Map<String, Object>) batchSummary.get("counts")).get("queued");
  }
}
