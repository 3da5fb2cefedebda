package org.floorready.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The foundation through its HTTP API: security, users, audit, errors, outbox and mail relay. */
class PlatformIT extends DeployedApp {
  private static final Mailbox mail = new Mailbox();

  @BeforeAll
  static void startSmtp() {
    mail.start();
  }

  @AfterAll
  static void stopSmtp() {
    mail.stop();
  }

  private long received(String to) {
    return mail.to(to).size();
  }

  @Test
  void healthMetricsAndOpenApiAreServed() {
    given().basePath("").get("/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().basePath("").get("/health/live").then().statusCode(200);
    given().basePath("").get("/metrics").then().statusCode(200);
    given()
        .basePath("")
        .get("/openapi?format=JSON")
        .then()
        .statusCode(200)
        .body(
            "paths.'/api/v1/users'.get.parameters.name",
            hasItems("page", "size", "sort", "q", "role"));
    given().basePath("").get("/").then().statusCode(200).body(containsString("FloorReady"));
  }

  @Test
  void anonymousCallsGetProblemJson401() {
    given()
        .get("/users")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401))
        .body("instance", equalTo("/api/v1/users"));
    Api.as(Api.ADMIN, "not-the-password")
        .get("/users")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("detail", containsString("wrong"));
  }

  @Test
  void rolesAreEnforced() {
    Api.demo(Api.RECRUITER)
        .get("/users")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    Api.demo(Api.RECRUITER).get("/teams").then().statusCode(200);
    Api.admin()
        .get("/users?role=ADMIN")
        .then()
        .statusCode(200)
        .body("items.email", hasItem(Api.ADMIN));
  }

  @Test
  void invalidInputIsExplainedFieldByField() {
    Api.admin()
        .body("{\"email\":\"not-an-email\",\"password\":\"short\",\"roles\":[]}")
        .post("/users")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItems("email", "password", "roles", "displayName"));
    Api.admin()
        .get("/users?size=0")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("size"));
    Api.admin()
        .get("/users?sort=password")
        .then()
        .statusCode(400)
        .body("detail", containsString("Sortable fields"));
    Api.admin()
        .body("{broken")
        .post("/users")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Api.admin()
        .contentType(ContentType.TEXT)
        .body("hello")
        .post("/users")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    Api.admin()
        .get("/users/987654321")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    Api.admin()
        .get("/no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void createUserAuditsItAndQueuesAWelcomeMailThatIsDeliveredOnce() {
    String email = Api.unique("recruiter") + "@example.com";
    long id = Api.createUser(email, "a-good-password", "RECRUITER");

    Api.admin()
        .get("/audit?entityType=AppUser&entityId=" + id)
        .then()
        .statusCode(200)
        .body("items.find { it.action == 'CREATE' }.actor", equalTo(Api.ADMIN))
        .body("items.find { it.action == 'CREATE' }.changes.email.new", equalTo(email))
        .body("items.find { it.action == 'CREATE' }.changes.roles.new", equalTo("RECRUITER"))
        .body("items.find { it.action == 'UPDATE' }.actor", equalTo(email))
        .body(
            "items.find { it.action == 'UPDATE' }.summary",
            equalTo("Password changed by its owner"));
    Api.admin()
        .get("/outbox?relatedType=AppUser&relatedId=" + id)
        .then()
        .statusCode(200)
        .body("messages.items[0].subject", equalTo("Your FloorReady account"));

    mail.awaitAccountMailSentOnce(email, id);

    Api.as(email, "a-good-password").get("/teams").then().statusCode(200);
    Api.admin()
        .body(
            "{\"email\":\"%s\",\"displayName\":\"Twin\",\"password\":\"a-good-password\",\"roles\":[\"TRAINER\"]}"
                .formatted(email))
        .post("/users")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void mailQueuedDuringAnSmtpOutageIsDeliveredAfterwardsExactlyOnce() throws Exception {
    String email = Api.unique("outage") + "@example.com";
    mail.stop();
    try {
      long id = Api.createUser(email, "a-good-password", "TRAINER");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                Integer attempts =
                    Api.admin()
                        .get("/outbox?relatedType=AppUser&relatedId=" + id)
                        .path("messages.items[0].attempts");
                return attempts != null && attempts >= 1;
              });
      Api.admin()
          .get("/outbox?relatedType=AppUser&relatedId=" + id)
          .then()
          .body("messages.items[0].status", equalTo("RETRYING"))
          .body("messages.items[0].lastError", notNullValue());
    } finally {
      mail.start();
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> received(email) == 1);
    await()
        .during(Duration.ofSeconds(4))
        .atMost(Duration.ofSeconds(6))
        .until(() -> received(email) == 1);
    assertThat(Mailbox.subject(mail.to(email).get(0))).isEqualTo("Your FloorReady account");
  }

  @Test
  void sessionSignInNeedsCsrfForChangesAndSignOutEndsIt() {
    Api.Session session = Api.Session.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
    session.request().get("/session").then().statusCode(200).body("email", equalTo(Api.ADMIN));
    String body =
        "{\"name\":\"%s\",\"site\":\"Tampa, FL\",\"timeZone\":\"America/New_York\"}"
            .formatted(Api.unique("Team"));
    session
        .request()
        .body(body)
        .post("/teams")
        .then()
        .statusCode(403)
        .body("detail", containsString("CSRF"));
    session.withCsrf().body(body).post("/teams").then().statusCode(201);
    session.withCsrf().delete("/session").then().statusCode(204);
    session.request().get("/users").then().statusCode(401);
  }

  @Test
  void disablingAUserEndsTheirSessions() {
    String email = Api.unique("leaver") + "@example.com";
    long id = Api.createUser(email, "a-good-password", "TRAINER");
    Api.Session session = Api.Session.signIn(email, "a-good-password");
    session.request().get("/teams").then().statusCode(200);
    int version = Api.admin().get("/users/" + id).path("version");
    Api.admin()
        .body(
            "{\"displayName\":\"Leaver\",\"roles\":[\"TRAINER\"],\"timeZone\":\"America/Chicago\",\"enabled\":false,\"version\":%d}"
                .formatted(version))
        .put("/users/" + id)
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));
    session.request().get("/teams").then().statusCode(401);
    Api.as(email, "a-good-password")
        .get("/teams")
        .then()
        .statusCode(401)
        // the same answer as a wrong password: it must not tell that the password was right
        .body("detail", equalTo("Email or password is wrong."));
    Api.admin()
        .body(
            "{\"displayName\":\"Stale\",\"roles\":[\"TRAINER\"],\"timeZone\":\"America/Chicago\",\"enabled\":true,\"version\":%d}"
                .formatted(version))
        .put("/users/" + id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    Api.admin()
        .get("/audit?entityType=AppUser&entityId=" + id + "&action=UPDATE")
        .then()
        .body("items[0].changes.enabled.old", equalTo(true))
        .body("items[0].changes.enabled.new", equalTo(false));
  }

  @Test
  void repeatedFailedSignInsLockTheEmailForAWhile() {
    String email = Api.unique("target") + "@example.com";
    Api.createUser(email, "the-right-password", "RECRUITER");
    for (int i = 0; i < 4; i++) {
      Api.as(email, "wrong-" + i).get("/teams").then().statusCode(401);
    }
    Api.as(email, "wrong-again")
        .get("/teams")
        .then()
        .statusCode(429)
        .contentType("application/problem+json");
    Api.as(email, "the-right-password").get("/teams").then().statusCode(429);
    given()
        .contentType(ContentType.JSON)
        .body("{\"email\":\"%s\",\"password\":\"the-right-password\"}".formatted(email))
        .post("/session")
        .then()
        .statusCode(429)
        .body("detail", containsString("Try again after"));
  }

  @Test
  void passwordResetSignsTheUserOutAndTellsThem() {
    String email = Api.unique("forgetful") + "@example.com";
    long id = Api.createUser(email, "first-password", "TRAINER");
    Api.Session session = Api.Session.signIn(email, "first-password");
    Api.admin()
        .body("{\"password\":\"second-password\"}")
        .post("/users/" + id + "/password")
        .then()
        .statusCode(200);
    session.request().get("/teams").then().statusCode(401);
    Api.as(email, "second-password")
        .get("/teams")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", endsWith("/password-change-required"));
    Api.as(email, "second-password").get("/session").then().statusCode(200);
    Api.as(email, "second-password")
        .body("{\"currentPassword\":\"second-password\",\"newPassword\":\"second-password\"}")
        .put("/session/password")
        .then()
        .statusCode(400);
    Api.as(email, "second-password")
        .body("{\"currentPassword\":\"second-password\",\"newPassword\":\"my-own-third-password\"}")
        .put("/session/password")
        .then()
        .statusCode(204);
    Api.as(email, "my-own-third-password").get("/teams").then().statusCode(200);
    Api.as(email, "second-password").get("/teams").then().statusCode(401);
    Api.admin()
        .body("{\"password\":\"short\"}")
        .post("/users/" + id + "/password")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("password"));
  }

  @Test
  void demoUsersExistForEveryRole() {
    for (String role :
        new String[] {"ADMIN", "RECRUITER", "HIRING_MANAGER", "INTERVIEWER", "TRAINER"}) {
      int count = Api.admin().get("/users?role=" + role).path("totalItems");
      assertThat(count).as(role).isPositive();
    }
    Api.demo(Api.TRAINER).get("/session").then().statusCode(200).body("roles", hasItem("TRAINER"));
  }
}
