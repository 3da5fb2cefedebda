package org.floorready.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Ways to call the API as someone. */
public final class Api {
  public static final String ADMIN = "it-admin@example.com";
  public static final String ADMIN_PASSWORD = "it-admin-password";
  public static final String DEMO_PASSWORD = "floorready-demo";
  public static final String RECRUITER = "riley.recruiter@floorready.example.com";
  public static final String MANAGER_EAST = "morgan.manager@floorready.example.com";
  public static final String MANAGER_CENTRAL = "jordan.manager@floorready.example.com";
  public static final String INTERVIEWER = "casey.interviewer@floorready.example.com";
  public static final String TRAINER = "taylor.trainer@floorready.example.com";

  private Api() {}

  public static RequestSpecification admin() {
    return as(ADMIN, ADMIN_PASSWORD);
  }

  public static RequestSpecification demo(String email) {
    return as(email, DEMO_PASSWORD);
  }

  public static RequestSpecification as(String email, String password) {
    return given()
        .auth()
        .preemptive()
        .basic(email, password)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A browser-like session: the cookie from sign-in plus the CSRF token. */
  public record Session(String cookie, String csrf) {
    public static Session signIn(String email, String password) {
      Response response =
          given()
              .contentType(ContentType.JSON)
              .body("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password))
              .post("/session");
      response.then().statusCode(200);
      return new Session(response.cookie("FLOORREADY_SESSION"), response.path("csrfToken"));
    }

    public RequestSpecification request() {
      return given()
          .cookie("FLOORREADY_SESSION", cookie)
          .contentType(ContentType.JSON)
          .accept(ContentType.JSON);
    }

    public RequestSpecification withCsrf() {
      return request().header("X-CSRF-Token", csrf);
    }
  }

  /**
   * Creates a user through the API as the IT admin with a first password, and signs in as that user
   * to choose {@code password} as their own, as everyone whose password an admin set must; returns
   * the user's id.
   */
  public static long createUser(String email, String password, String... roles) {
    String first = "set-by-admin-" + UUID.randomUUID();
    long id = createUserWithPasswordToChange(email, first, roles);
    as(email, first)
        .body("{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(first, password))
        .put("/session/password")
        .then()
        .statusCode(204);
    return id;
  }

  /** A service account with the INTEGRATION role and an API token an admin made for it. */
  public static String serviceToken(String email) {
    long account = createUser(email, "service-password-1", "INTEGRATION");
    return admin()
        .body("{\"name\":\"dialer\",\"userId\":" + account + "}")
        .post("/tokens")
        .then()
        .statusCode(201)
        .extract()
        .path("token");
  }

  /** Creates a user in a team (by name) with a password of their own. */
  public static long createTeamUser(String email, String password, String team, String... roles) {
    long id = createUser(email, password, roles);
    int teamId = admin().get("/teams").path("find { it.name == '" + team + "' }.id");
    io.restassured.response.Response user = admin().get("/users/" + id);
    java.util.Map<String, Object> change = new java.util.HashMap<>();
    change.put("displayName", user.path("displayName"));
    change.put("roles", user.path("roles"));
    change.put("timeZone", user.path("timeZone"));
    change.put("enabled", true);
    change.put("version", user.path("version"));
    change.put("teamId", teamId);
    admin().body(change).put("/users/" + id).then().statusCode(200);
    return id;
  }

  /** Creates a user whose password the admin set, who must change it at the first sign-in. */
  public static long createUserWithPasswordToChange(
      String email, String password, String... roles) {
    String roleList = String.join("\",\"", roles);
    return admin()
        .body(
            """
            {"email":"%s","displayName":"%s","password":"%s","roles":["%s"],"timeZone":"America/Chicago"}
            """
                .formatted(email, "User " + email, password, roleList))
        .post("/users")
        .then()
        .statusCode(201)
        .extract()
        .<Integer>path("id")
        .longValue();
  }

  /**
   * The id of the demo's requisition whose title has {@code title}, in {@code status}, as the demo
   * recruiter finds it (tests open and fill requisitions of their own, so never just the first).
   */
  public static int demoRequisition(String title, String status) {
    return demo(RECRUITER)
        .queryParam("q", title)
        .queryParam("status", status)
        .get("/requisitions")
        .path("items[0].id");
  }

  /**
   * An open requisition of its own in Bundles West, hourly pay 18–22 (any hiring manager approves
   * it).
   */
  public static java.util.Map<String, Object> openRequisition(String title, int openings) {
    return openRequisition(title, openings, "[]");
  }

  /** An open requisition of team Bundles West with the licenses given as JSON. */
  public static java.util.Map<String, Object> openRequisition(
      String title, int openings, String licensesJson) {
    int west = admin().get("/teams").path("find { it.name == 'Bundles West' }.id");
    int id =
        demo(RECRUITER)
            .body(
                """
                {"title":"%s","teamId":%d,"workMode":"REMOTE","remoteStates":["TX"],"openings":%d,
                 "targetStartDate":"%s","payMin":18,"payMax":22,"payBasis":"HOURLY",
                 "employmentType":"FULL_TIME","description":"Sell bundles","licenses":%s}
                """
                    .formatted(
                        title,
                        west,
                        openings,
                        java.time.LocalDate.now().plusMonths(1),
                        licensesJson))
            .post("/requisitions")
            .then()
            .statusCode(201)
            .extract()
            .path("summary.id");
    demo(RECRUITER).post("/requisitions/" + id + "/submit").then().statusCode(200);
    return demo(MANAGER_EAST)
        .body("{}")
        .post("/requisitions/" + id + "/approve")
        .then()
        .statusCode(200)
        .extract()
        .path("summary");
  }

  /** The id of a user found by email. */
  public static long userId(String email) {
    return admin()
        .get("/users?q=" + email)
        .then()
        .statusCode(200)
        .extract()
        .<Number>path("items.find { it.email == '" + email + "' }.id")
        .longValue();
  }
}
