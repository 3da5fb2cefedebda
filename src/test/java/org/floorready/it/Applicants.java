package org.floorready.it;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.stream.Collectors;

/** Applies to a demo job through the public careers API, as an applicant would. */
final class Applicants {
  private Applicants() {}

  static String job(String query) {
    return given().get("/careers/jobs?q=" + query).path("items[0].slug");
  }

  /** Answers that pass every knock-out: "Yes" to yes/no questions, "Either" or the first option otherwise. */
  static List<String> passingAnswers(String slug) {
    List<List<String>> options = given().get("/careers/jobs/" + slug).path("questions.options");
    return options.stream().map(o -> o.contains("Yes") ? "Yes" : o.contains("Either") ? "Either" : o.get(0)).toList();
  }

  /** Applies with a short text resume; returns the id of the new application (found by the recruiter). */
  static long apply(String slug, String name, String email, List<String> answers) {
    byte[] resume = (name + "\n" + email + "\nCharlotte, NC\n\nExperience\nCustomer Service Representative,"
        + " Carolina Contact Solutions, 01/2020 - Present\nInbound calls, Five9, Salesforce.\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    RequestSpecification request = given().multiPart("name", name).multiPart("email", email)
        .multiPart("consent", "true").multiPart("resume", "resume.txt", resume, "text/plain")
        .multiPart("answers", answers.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(",", "[", "]")));
    request.post("/careers/jobs/" + slug + "/applications").then().statusCode(201);
    Number id = Api.demo(Api.RECRUITER).get("/applications?q=" + email).path("items[0].id");
    Number candidate = Api.demo(Api.RECRUITER).get("/applications/" + id).path("summary.candidateId");
    // Parsing the resume rescores the application (a new version): wait for it, so tests start from a settled state.
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> !"QUEUED".equals(
        Api.demo(Api.RECRUITER).get("/candidates/" + candidate).path("documents[0].status")));
    return id.longValue();
  }
}
