package org.floorready.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requisitions through the API: lifecycle, approvals with their emails, who sees what, careers. */
class RequisitionsIT extends DeployedApp {
  private static final Mailbox mail = new Mailbox();

  @BeforeAll
  static void startSmtp() {
    mail.start();
  }

  @AfterAll
  static void stopSmtp() {
    mail.stop();
  }

  private static long teamId(String name) {
    List<Integer> ids = Api.admin().get("/teams").path("findAll { it.name == '" + name + "' }.id");
    return ids.get(0);
  }

  private static long userId(String email) {
    List<Integer> ids = Api.admin().get("/users?q=" + email).path("items.id");
    return ids.get(0);
  }

  private static String body(
      String title, long teamId, Long managerId, int openings, String payMax) {
    return """
        {"title":"%s","teamId":%d,"workMode":"REMOTE","remoteStates":["TX","OK"],
         "licenses":[{"state":"TX","lines":["Property","Casualty"]}],"openings":%d,"targetStartDate":"2027-03-01",
         "payMin":18,"payMax":%s,"payBasis":"HOURLY","employmentType":"FULL_TIME","hiringManagerId":%s,
         "description":"Sell **home** insurance <script>alert(1)</script>",
         "criteria":[{"kind":"CONTACT_CENTER_MONTHS","minMonths":12,"mustHave":true}],
         "knockoutQuestions":[{"question":"Can you work Saturdays?","answerType":"YES_NO","disqualifying":["No"]}]}
        """
        .formatted(
            title, teamId, openings, payMax, managerId == null ? "null" : managerId.toString());
  }

  private List<MimeMessage> mailTo(String email) {
    return mail.to(email);
  }

  @Test
  void draftIsApprovedThroughTheTeamChainWithEmailsAndOpensOnTheCareersPage() throws Exception {
    long central = teamId("Home & Renters Central");
    long jordan = userId(Api.MANAGER_CENTRAL);
    String title = Api.unique("Bilingual Agent");
    int id =
        Api.demo(Api.RECRUITER)
            .body(body(title, central, jordan, 3, "22"))
            .post("/requisitions")
            .then()
            .statusCode(201)
            .body("summary.status", equalTo("DRAFT"))
            .body("descriptionHtml", containsString("<strong>home</strong>"))
            .body("descriptionHtml", not(containsString("<script>")))
            .body("actions", hasItems("edit", "submit"))
            .extract()
            .path("summary.id");
    given().get("/careers/jobs/" + id).then().statusCode(404);

    Api.demo(Api.RECRUITER)
        .post("/requisitions/" + id + "/submit")
        .then()
        .statusCode(200)
        .body("summary.status", equalTo("PENDING_APPROVAL"))
        .body("approvals[0].approver", equalTo("Jordan Manager"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                mailTo(Api.MANAGER_CENTRAL).stream()
                    .anyMatch(m -> subject(m).startsWith("Approval needed: " + title)));
    assertThat(mailTo(Api.MANAGER_CENTRAL))
        .anyMatch(m -> subject(m).startsWith("Approval needed: " + title));

    Api.demo(Api.MANAGER_EAST)
        .body("{}")
        .post("/requisitions/" + id + "/approve")
        .then()
        .statusCode(404);
    Api.demo(Api.MANAGER_CENTRAL)
        .get("/approvals/inbox")
        .then()
        .statusCode(200)
        .body("requisitionId", hasItem(id));
    Api.demo(Api.MANAGER_CENTRAL)
        .body("{\"comment\":\"Budgeted\"}")
        .post("/requisitions/" + id + "/approve")
        .then()
        .statusCode(200)
        .body("summary.status", equalTo("OPEN"))
        .body("history.type", hasItems("CREATED", "SUBMITTED", "APPROVED_STEP", "OPENED"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                mailTo(Api.RECRUITER).stream()
                    .anyMatch(m -> subject(m).equals("Approved: " + title)));

    String slug = Api.demo(Api.RECRUITER).get("/requisitions/" + id).path("summary.slug");
    given()
        .get("/careers/jobs?q=" + title.substring(title.length() - 8))
        .then()
        .statusCode(200)
        .body("items.slug", hasItem(slug));
    given().get("/careers/jobs?state=OK").then().body("items.slug", hasItem(slug));
    given()
        .get("/careers/jobs/" + slug)
        .then()
        .statusCode(200)
        .body("job.title", equalTo(title))
        .body("questions[0].question", equalTo("Can you work Saturdays?"));
    given()
        .basePath("")
        .get("/careers/" + slug)
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"));
  }

  @Test
  void rejectionGoesBackToDraftAndTellsTheRequester() {
    long central = teamId("Home & Renters Central");
    String title = Api.unique("Rejected Req");
    int id =
        Api.demo(Api.RECRUITER)
            .body(body(title, central, userId(Api.MANAGER_CENTRAL), 2, "22"))
            .post("/requisitions")
            .then()
            .statusCode(201)
            .extract()
            .path("summary.id");
    Api.demo(Api.RECRUITER).post("/requisitions/" + id + "/submit").then().statusCode(200);
    Api.demo(Api.MANAGER_CENTRAL)
        .body("{}")
        .post("/requisitions/" + id + "/reject")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("comment"));
    Api.demo(Api.MANAGER_CENTRAL)
        .body("{\"comment\":\"Pay is above the band\"}")
        .post("/requisitions/" + id + "/reject")
        .then()
        .statusCode(200)
        .body("summary.status", equalTo("DRAFT"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                mailTo(Api.RECRUITER).stream()
                    .anyMatch(m -> subject(m).equals("Rejected: " + title)));
  }

  @Test
  void illegalChangesAndStaleEditsAre409AndBadInputIs400() {
    long central = teamId("Home & Renters Central");
    int id =
        Api.demo(Api.RECRUITER)
            .body(body(Api.unique("Rules"), central, null, 2, "22"))
            .post("/requisitions")
            .then()
            .statusCode(201)
            .extract()
            .path("summary.id");
    Api.demo(Api.RECRUITER)
        .body("{\"comment\":\"x\"}")
        .post("/requisitions/" + id + "/hold")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("Only an open requisition"));
    Api.demo(Api.RECRUITER)
        .body("{}")
        .post("/requisitions/" + id + "/cancel")
        .then()
        .statusCode(409)
        .body("detail", containsString("reason"));
    Api.demo(Api.RECRUITER)
        .body(body("Renamed", central, null, 2, "22").replace("}\n", ",\"version\":999}\n"))
        .put("/requisitions/" + id)
        .then()
        .statusCode(409)
        .body("detail", containsString("changed by someone else"));
    Api.demo(Api.RECRUITER)
        .body(
            "{\"title\":\"\",\"workMode\":\"REMOTE\",\"openings\":0,\"payMin\":30,\"payMax\":20,"
                + "\"payBasis\":\"HOURLY\",\"employmentType\":\"FULL_TIME\",\"teamId\":"
                + central
                + ","
                + "\"knockoutQuestions\":[{\"question\":\"Q?\",\"answerType\":\"YES_NO\",\"disqualifying\":[\"Maybe\"]}]}")
        .post("/requisitions")
        .then()
        .statusCode(400)
        .body(
            "violations.field",
            hasItems(
                "title",
                "openings",
                "payRangeOrdered",
                "locationComplete",
                "knockoutQuestions[0].consistent"));
    Api.demo(Api.RECRUITER)
        .body(body("Bad manager", central, userId(Api.RECRUITER), 1, "22"))
        .post("/requisitions")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("hiringManagerId"));
  }

  @Test
  void rowLevelAccessIsEnforcedInTheApi() {
    long east = teamId("Auto Sales East");
    int id =
        Api.demo(Api.RECRUITER)
            .body(body(Api.unique("East only"), east, userId(Api.MANAGER_EAST), 1, "22"))
            .post("/requisitions")
            .then()
            .statusCode(201)
            .extract()
            .path("summary.id");
    Api.demo(Api.MANAGER_EAST).get("/requisitions/" + id).then().statusCode(200);
    Api.demo(Api.MANAGER_CENTRAL).get("/requisitions/" + id).then().statusCode(404);
    List<Integer> centralSees =
        Api.demo(Api.MANAGER_CENTRAL).get("/requisitions?size=500").path("items.id");
    assertThat(centralSees).doesNotContain(id);
    Api.demo(Api.INTERVIEWER).get("/requisitions/" + id).then().statusCode(404);
    Api.demo(Api.TRAINER)
        .get("/requisitions/" + id)
        .then()
        .statusCode(200)
        .body("actions", not(hasItem("edit")));
    Api.demo(Api.TRAINER)
        .body(body("Trainer edit", east, null, 1, "22"))
        .put("/requisitions/" + id)
        .then()
        .statusCode(403);
    Api.demo(Api.MANAGER_EAST)
        .body(body("HM create", east, null, 1, "22"))
        .post("/requisitions")
        .then()
        .statusCode(403);
  }

  @Test
  void changingPayOfAnOpenRequisitionSendsItBackForApproval() {
    long central = teamId("Home & Renters Central");
    long jordan = userId(Api.MANAGER_CENTRAL);
    String title = Api.unique("Pay change");
    int id =
        Api.demo(Api.RECRUITER)
            .body(body(title, central, jordan, 2, "22"))
            .post("/requisitions")
            .then()
            .statusCode(201)
            .extract()
            .path("summary.id");
    Api.demo(Api.RECRUITER).post("/requisitions/" + id + "/submit").then().statusCode(200);
    int version =
        Api.demo(Api.MANAGER_CENTRAL)
            .body("{}")
            .post("/requisitions/" + id + "/approve")
            .then()
            .statusCode(200)
            .extract()
            .path("version");
    Api.demo(Api.RECRUITER)
        .body(
            body(title, central, jordan, 2, "25").replace("}\n", ",\"version\":" + version + "}\n"))
        .put("/requisitions/" + id)
        .then()
        .statusCode(200)
        .body("summary.status", equalTo("PENDING_APPROVAL"))
        .body("approvalRound", equalTo(2))
        .body("history.type", hasItem("SENT_BACK_FOR_APPROVAL"));
    Api.admin()
        .get("/audit?entityType=Requisition&entityId=" + id + "&action=UPDATE")
        .then()
        .body("items.changes.pay.new", hasItem(containsString("25")));
  }

  @Test
  void thePlanSaysWhichTeamsTheViewerMayPlan() {
    Api.demo(Api.MANAGER_EAST)
        .get("/headcount-plan?months=1")
        .then()
        .statusCode(200)
        .body("teams.find { it.team == 'Auto Sales East' }.editable", equalTo(true))
        .body("teams.findAll { it.team != 'Auto Sales East' }.editable", everyItem(equalTo(false)));
    Api.admin()
        .get("/headcount-plan?months=1")
        .then()
        .body("teams.editable", everyItem(equalTo(true)));
    Api.demo(Api.TRAINER)
        .get("/headcount-plan?months=1")
        .then()
        .body("teams.editable", everyItem(equalTo(false)));
  }

  @Test
  void openingsAreFilledOneByOneAndTheHeadcountPlanCountsThem() {
    long west = teamId("Bundles West");
    int id =
        Api.demo(Api.RECRUITER)
            .body(body(Api.unique("Fill me"), west, null, 1, "22"))
            .post("/requisitions")
            .then()
            .statusCode(201)
            .extract()
            .path("summary.id");
    Api.demo(Api.RECRUITER).post("/requisitions/" + id + "/submit").then().statusCode(200);
    Api.demo(Api.MANAGER_EAST)
        .body("{}")
        .post("/requisitions/" + id + "/approve")
        .then()
        .statusCode(200)
        .body("summary.status", equalTo("OPEN"));
    int before =
        Api.admin()
            .get("/headcount-plan?months=1")
            .path("teams.find { it.team == 'Bundles West' }.months[0].headcount");
    int opening = Api.demo(Api.RECRUITER).get("/requisitions/" + id).path("openings[0].id");
    Api.demo(Api.RECRUITER)
        .body("{\"hire\":\"Robin Hire\"}")
        .post("/requisitions/" + id + "/openings/" + opening + "/fill")
        .then()
        .statusCode(200)
        .body("summary.status", equalTo("FILLED"))
        .body("openings[0].filledBy", equalTo("Robin Hire"));
    Api.admin()
        .get("/headcount-plan?months=1")
        .then()
        .body("teams.find { it.team == 'Bundles West' }.months[0].headcount", equalTo(before + 1));
    Api.demo(Api.MANAGER_CENTRAL)
        .body("{\"teamId\":" + west + ",\"month\":\"2027-02\",\"target\":60}")
        .put("/headcount-plan/targets")
        .then()
        .statusCode(403);
    Api.admin()
        .body("{\"teamId\":" + west + ",\"month\":\"2027-02\",\"target\":60}")
        .put("/headcount-plan/targets")
        .then()
        .statusCode(200);
    Api.demo(Api.RECRUITER)
        .body("{}")
        .post("/requisitions/" + id + "/clone")
        .then()
        .statusCode(201)
        .body("summary.status", equalTo("DRAFT"))
        .body("clonedFromId", equalTo(id));
  }

  private static String subject(MimeMessage m) {
    return Mailbox.subject(m);
  }
}
