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

  static Response apply(String slug, String name, String email, String phone, List<String> answers, File resume) {
    RequestSpecification request = given().multiPart("name", name).multiPart("email", email)
        .multiPart("consent", "true")
        .multiPart("answers", answers.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(",", "[", "]")));
    if (phone != null) {
      request = request.multiPart("phone", phone);
    }
    if (resume != null) {
      request = request.multiPart("resume", resume);
    }
    return request.post("/careers/jobs/" + slug + "/applications");
  }

  /** Answers that pass every knock-out of a job: "Yes" to yes/no questions, "Either" or the first option otherwise. */
  static List<String> passing(String slug) {
    List<List<String>> options = given().get("/careers/jobs/" + slug).path("questions.options");
    return options.stream().map(o -> o.contains("Yes") ? "Yes" : o.contains("Either") ? "Either" : o.get(0)).toList();
  }
}
