package org.floorready.it;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.util.List;
import java.util.stream.Collectors;

/** Someone applying on the public careers page. */
final class CareerApplicant {
  private CareerApplicant() {}

  /** A demo job: its third knock-out question is a single choice, the first a yes/no one. */
  static String firstJob() {
    return given().get("/careers/jobs?q=Licensed P&C Sales Agent").path("items[0].slug");
  }

  static Response apply(
      String slug, String name, String email, String phone, List<String> answers, File resume) {
    return apply(slug, name, email, phone, answers, resume, java.util.Map.of());
  }

  /** Applies with further form parts (a careers link's source, self-identification answers). */
  static Response apply(
      String slug,
      String name,
      String email,
      String phone,
      List<String> answers,
      File resume,
      java.util.Map<String, String> extra) {
    RequestSpecification request =
        given()
            .multiPart("name", name)
            .multiPart("email", email)
            .multiPart("consent", "true")
            .multiPart(
                "answers",
                answers.stream()
                    .map(a -> "\"" + a + "\"")
                    .collect(Collectors.joining(",", "[", "]")));
    if (phone != null) {
      request = request.multiPart("phone", phone);
    }
    if (resume != null) {
      request = request.multiPart("resume", resume);
    }
    for (var part : extra.entrySet()) {
      request = request.multiPart(part.getKey(), part.getValue());
    }
    return request.post("/careers/jobs/" + slug + "/applications");
  }

  /**
   * Answers that pass every knock-out of a job: "Yes" to yes/no questions, "Either" or the first
   * option otherwise.
   */
  static List<String> passing(String slug) {
    List<List<String>> options = given().get("/careers/jobs/" + slug).path("questions.options");
    return options.stream()
        .map(o -> o.contains("Yes") ? "Yes" : o.contains("Either") ? "Either" : o.get(0))
        .toList();
  }

  /**
   * Applies with a short text resume (no phone, so no one else is matched by it) and answers the id
   * of the new application, once its resume was parsed: parsing rescores the application (a new
   * version), so tests start from a settled state.
   */
  static long applyAndWaitForParse(String slug, String name, String email, List<String> answers)
      throws java.io.IOException {
    return applyAndWaitForParse(slug, name, email, answers, java.util.Map.of());
  }

  static long applyAndWaitForParse(
      String slug,
      String name,
      String email,
      List<String> answers,
      java.util.Map<String, String> extra)
      throws java.io.IOException {
    java.nio.file.Path resume = java.nio.file.Files.createTempFile("applicant", ".txt");
    java.nio.file.Files.writeString(
        resume,
        name
            + "\n"
            + email
            + "\nCharlotte, NC\n\nExperience\n"
            + "Customer Service Representative, Carolina Contact Solutions, 01/2020 - Present\n"
            + "Inbound calls, Five9, Salesforce.\n");
    resume.toFile().deleteOnExit();
    apply(slug, name, email, null, answers, resume.toFile(), extra).then().statusCode(201);
    Number id = Api.demo(Api.RECRUITER).get("/applications?q=" + email).path("items[0].id");
    Number candidate =
        Api.demo(Api.RECRUITER).get("/applications/" + id).path("summary.candidateId");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .until(
            () ->
                !"QUEUED"
                    .equals(
                        Api.demo(Api.RECRUITER)
                            .get("/candidates/" + candidate)
                            .path("documents[0].status")));
    return id.longValue();
  }
}
