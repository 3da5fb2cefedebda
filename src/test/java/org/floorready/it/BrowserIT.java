package org.floorready.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.floorready.fixtures.TestResumes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** What a person does in the UI, in headless Chromium. */
class BrowserIT extends DeployedApp {

  /**
   * The page guard ({@link PageGuard}) over every page a user can reach: each demo role's
   * navigation, one page of each detail kind, the careers pages, and a phone-sized screen for the
   * careers pages, the board, an application and the applications list.
   */
  @Test
  void everyPageOfEveryRolePassesThePageGuard() throws Exception {
    List<String> problems = new java.util.ArrayList<>();
    int checked = 0;
    try (Browser browser = Browser.open(base.toString())) {
      // the guard itself: a page made to fail each check is reported for each
      browser.go("/");
      browser.visible(By.id("sign-in"));
      ((org.openqa.selenium.JavascriptExecutor) browser.driver)
          .executeScript(
              "const p = document.createElement('p'); p.style.color = '#bbb'; p.textContent = 'Balance: null';"
                  + " document.getElementById('main').append(p); console.error('planted');");
      PageGuard control = new PageGuard(browser);
      control.check("planted", "laptop");
      assertThat(String.join("\n", control.problems()))
          .contains("shows \"null\"")
          .contains("color-contrast")
          .contains("planted");

      PageGuard guard = new PageGuard(browser);
      browser.go("/");
      browser.visible(By.id("sign-in"));
      guard.check("sign-in", "laptop");
      browser.go("/#/forgot-password");
      browser.visible(By.id("forgot-email"));
      guard.check("forgot-password", "laptop");

      for (String user :
          List.of(Api.RECRUITER, Api.MANAGER_EAST, Api.INTERVIEWER, Api.TRAINER, Api.ADMIN)) {
        browser.signIn(user, user.equals(Api.ADMIN) ? Api.ADMIN_PASSWORD : Api.DEMO_PASSWORD);
        List<String> pages = new ArrayList<>(navigation(browser));
        if (user.equals(Api.ADMIN)) {
          // report tabs of their own: source effectiveness and the admin-only EEO aggregate
          pages.addAll(
              List.of(
                  "#/reports?report=sources",
                  "#/reports?report=eeo-applicants",
                  "#/reports?report=eeo-selection&question=race"));
        }
        for (String href : pages) {
          browser.go("/" + href);
          guard.check(href, "laptop");
          if (href.equals("#/account/availability") && user.equals(Api.INTERVIEWER)) {
            browser.screenshot("availability");
          }
        }
        for (String detail :
            List.of(
                "#/requisitions/",
                "#/pipelines/",
                "#/applications/",
                "#/candidates/",
                "#/uploads/",
                "#/admin/users/",
                "#/admin/templates/",
                "#/admin/outbox/")) {
          String href = firstLinkTo(browser, detail);
          if (href != null) {
            browser.go("/" + href);
            guard.check(detail + ":id", "laptop");
          }
        }
        for (String own : List.of("#/account/password", "#/account/tokens")) {
          browser.go("/" + own);
          guard.check(own, "laptop");
        }
        // the README's pictures, of the demo's busiest requisition
        int demo = Api.demoRequisition("Licensed P&C Sales Agent", "OPEN");
        int demoApplication =
            Api.demo(Api.RECRUITER)
                .get("/applications?requisition=" + demo + "&stage=PHONE_INTERVIEW")
                .path("items[0].id");
        if (user.equals(Api.MANAGER_EAST)) {
          int person =
              Api.demo(Api.RECRUITER)
                  .get("/applications/" + demoApplication)
                  .path("summary.candidateId");
          browser.go("/#/candidates/" + person);
          guard.check("#/candidates/:id", "laptop");
          browser.screenshot("candidate-as-hiring-manager");
        }
        if (user.equals(Api.RECRUITER)) {
          browser.go("/#/pipelines/" + demo);
          guard.check("#/pipelines/:id", "laptop");
          browser.screenshot("board");
          browser.go("/#/applications/" + demoApplication);
          guard.check("#/applications/:id", "laptop");
          browser.screenshot("application");
          browser.visible(By.id("find-times")).click();
          WebElement proposals = browser.visible(By.cssSelector("#schedule-slots .slot-list li"));
          ((org.openqa.selenium.JavascriptExecutor) browser.driver)
              .executeScript("arguments[0].scrollIntoView({block: 'center'})", proposals);
          browser.screenshot("schedule-proposals");
          browser.go("/#/requisitions/" + demo);
          WebElement plans = browser.visible(By.id("interview-plans"));
          ((org.openqa.selenium.JavascriptExecutor) browser.driver)
              .executeScript("arguments[0].scrollIntoView({block: 'start'})", plans);
          browser.screenshot("requisition-plans");
          browser.go("/#/requisitions/new");
          guard.check("#/requisitions/new", "laptop");
          String board = "#/pipelines/" + demo;
          browser.viewport(390, 844);
          for (String phone :
              java.util.Arrays.asList(
                  board, "#/applications", "#/applications/" + demoApplication)) {
            if (phone != null) {
              browser.go("/" + phone);
              guard.check(phone.replaceAll("\\d+", ":id"), "phone");
              if (phone.equals("#/applications")) {
                browser.screenshot("applications-phone");
              }
            }
          }
          browser.viewport(1366, 900);
        }
        browser.signOut();
      }

      for (String viewport : List.of("laptop", "phone")) {
        if (viewport.equals("phone")) {
          browser.viewport(390, 844);
        }
        browser.go("/careers/");
        browser.visible(By.cssSelector("#jobs a"));
        guard.check("careers", viewport);
        browser.go(browser.driver.findElement(By.cssSelector("#jobs a")).getDomAttribute("href"));
        browser.visible(By.id("apply-form"));
        guard.check("careers job", viewport);
      }
      problems.addAll(guard.problems());
      checked = guard.pagesChecked();
    }
    assertThat(checked).as("pages checked").isGreaterThan(40);
    assertThat(problems).as("page guard problems").isEmpty();
  }

  /** The signed-in user's navigation, Admin menu included. */
  private static List<String> navigation(Browser browser) {
    browser.visible(By.id("nav"));
    return hrefs(browser, "#nav a[href^='#/']").stream().distinct().toList();
  }

  /** The first link on the page that opens one record of a kind (after visiting its list). */
  private static String firstLinkTo(Browser browser, String prefix) {
    String list =
        switch (prefix) {
          case "#/pipelines/", "#/requisitions/" -> "/#/requisitions";
          case "#/applications/" -> "/#/applications";
          case "#/candidates/" -> "/#/candidates?q=a";
          case "#/uploads/" -> "/#/uploads";
          default -> "/" + prefix.substring(0, prefix.length() - 1);
        };
    if (prefix.equals("#/pipelines/")) {
      String requisition = firstLinkTo(browser, "#/requisitions/");
      return requisition == null ? null : requisition.replace("#/requisitions/", "#/pipelines/");
    }
    if (prefix.equals("#/candidates/")
        && !browser.driver.findElement(By.id("nav")).getText().contains("Candidates")) {
      // hiring managers and interviewers reach a person through an application they judge
      String application = firstLinkTo(browser, "#/applications/");
      if (application == null) {
        return null;
      }
      browser.go("/" + application);
      browser.visible(By.id("application-name"));
      return hrefs(browser, "main a[href^='#/candidates/']").stream().findFirst().orElse(null);
    }
    browser.go(list);
    try {
      browser.wait.until(
          d ->
              !d.findElements(By.cssSelector("main a[href^='" + prefix + "']")).isEmpty()
                  || d.findElement(By.id("main"))
                      .getText()
                      .matches("(?s).*(None yet|No .* (yet|match)|Not allowed).*"));
    } catch (org.openqa.selenium.TimeoutException nothingThere) {
      return null;
    }
    return hrefs(browser, "main a[href^='" + prefix + "']").stream()
        .filter(h -> h.matches(java.util.regex.Pattern.quote(prefix) + "\\d+"))
        .findFirst()
        .orElse(null);
  }

  /** The links' targets, read in one go (pages re-render while they refresh). */
  @SuppressWarnings("unchecked")
  private static List<String> hrefs(Browser browser, String selector) {
    return (List<String>)
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
            .executeScript(
                "return [...document.querySelectorAll(arguments[0])].map(a => a.getAttribute('href'))",
                selector);
  }

  @Test
  void demoRecruiterSignsInSeesTheHomePageAndSignsOut() throws Exception {
    try (Browser browser = Browser.open(base.toString())) {
      browser.signIn(Api.RECRUITER, Api.DEMO_PASSWORD);
      assertThat(browser.visible(By.id("welcome")).getText()).contains("Riley Recruiter");
      assertThat(browser.driver.findElement(By.id("nav")).getText()).doesNotContain("Users");

      // reports: break the funnel down by source, then download what the table shows as CSV
      browser.driver.findElement(By.cssSelector("#nav a[href='#/reports']")).click();
      browser.visible(By.cssSelector("#report-chart canvas"));
      browser.select(By.name("by"), "Source");
      browser.visible(By.id("apply-filters")).click();
      browser.waitForText(By.cssSelector("#report table"), "Indeed");
      assertThat(browser.driver.getCurrentUrl()).contains("by=source");
      PageGuard guard = new PageGuard(browser);
      guard.check("#/reports?by=source", "laptop");
      browser.screenshot("reports");
      String csv =
          (String)
              ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + " fetch(document.getElementById('report-csv').href)"
                          + ".then(r => r.arrayBuffer())"
                          + ".then(b => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)));");
      assertThat(csv).startsWith("\uFEFFSource,Applied,Screen,").contains("Indeed,");
      assertThat(String.join("\n", guard.problems())).isEmpty();
      browser.signOut();
      browser.go("/");
      assertThat(browser.visible(By.id("sign-in")).isDisplayed()).isTrue();
    }
  }

  @Test
  void adminImportsFloorKpisPreviewFirstAndOpensTheQualityReport() throws Exception {
    List<String> emails =
        Api.admin().get("/training/new-hires").<List<Integer>>path("id").stream()
            .map(id -> Api.admin().get("/training/new-hires/" + id).<String>path("email"))
            .filter(java.util.Objects::nonNull)
            .distinct()
            .limit(2)
            .toList();
    String monday =
        java.time.LocalDate.now().minusWeeks(3).with(java.time.DayOfWeek.MONDAY).toString();
    java.nio.file.Path csv = java.nio.file.Files.createTempFile("kpis", ".csv");
    java.nio.file.Files.writeString(
        csv,
        "Agent Email,Week Of,Calls,AHT,Sales\n"
            + emails.get(0)
            + ","
            + monday
            + ",140,6:20,12\n"
            + emails.get(1)
            + ","
            + monday
            + ",0,0:00,0\n"
            + "nobody@example.com,"
            + monday
            + ",90,7:00,5\n");
    csv.toFile().deleteOnExit();
    try (Browser browser = Browser.open(base.toString())) {
      browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
      browser.driver.findElement(By.cssSelector("#nav a[href='#/quality']")).click();
      browser.visible(By.id("kpi-system")).sendKeys(Api.unique("browser-dialer"));
      browser.driver.findElement(By.id("kpi-file")).sendKeys(csv.toString());
      browser.visible(By.id("kpi-preview")).click();
      // the usual column names are found; the unknown agent is told, nothing is stored yet
      browser.waitForText(By.id("kpi-counts"), "Preview, nothing stored");
      assertThat(browser.visible(By.id("kpi-result")).getText())
          .contains("2 would be stored", "1 unknown agent", "nobody@example.com");
      browser.visible(By.id("kpi-import-submit")).click();
      browser.waitForText(By.id("kpi-counts"), "Imported: 2 stored, 1 unknown agent");
      PageGuard guard = new PageGuard(browser);
      guard.check("#/quality (after an import)", "laptop");
      browser.select(By.name("by"), "Class");
      browser.visible(By.id("apply-quality")).click();
      browser.waitForText(By.cssSelector("#report table"), "Charlotte Class C");
      assertThat(browser.driver.getCurrentUrl()).contains("by=class");
      guard.check("#/quality?by=class", "laptop");
      browser.screenshot("quality");
      assertThat(String.join("\n", guard.problems())).isEmpty();
    }
  }

  @Test
  void adminCreatesARecruiterWhoSignsInAndTheAdminSeesAuditAndOutbox() throws Exception {
    String email = Api.unique("browser") + "@example.com";
    try (Browser browser = Browser.open(base.toString())) {
      browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
      browser.go("/#/admin/users");
      browser.visible(By.cssSelector("details.card summary")).click();
      browser.visible(By.cssSelector("#new-user [name=email]")).sendKeys(email);
      browser
          .driver
          .findElement(By.cssSelector("#new-user [name=displayName]"))
          .sendKeys("Browser Recruiter");
      browser
          .driver
          .findElement(By.cssSelector("#new-user [name=password]"))
          .sendKeys("browser-password");
      browser.driver.findElement(By.cssSelector("#new-user input[value=RECRUITER]")).click();
      browser.driver.findElement(By.cssSelector("#new-user button[type=submit]")).click();
      browser.wait.until(
          d -> d.findElement(By.id("flash")).getText().contains("Created Browser Recruiter"));

      browser.go("/#/admin/audit");
      browser.wait.until(d -> d.findElement(By.id("main")).getText().contains(email));

      browser.go("/#/admin/outbox");
      browser.visible(By.xpath("//td[contains(., '" + email + "')]")).click();
      assertThat(browser.visible(By.id("mail-subject")).getText())
          .isEqualTo("Your FloorReady account");
      assertThat(browser.visible(By.id("mail-text")).getText()).contains("Browser Recruiter");
      browser.signOut();

      // the admin chose this password: the recruiter must choose their own before anything else
      browser.submitSignIn(email, "browser-password");
      browser.visible(By.id("password-forced"));
      browser.visible(By.id("current-password")).sendKeys("browser-password");
      browser.visible(By.id("new-password")).sendKeys("a-better-passphrase-42");
      browser.visible(By.id("change-password")).click();
      assertThat(browser.visible(By.id("welcome")).getText()).contains("Browser Recruiter");
      browser.signOut();
      browser.signIn(email, "a-better-passphrase-42");
      assertThat(browser.visible(By.id("welcome")).getText()).contains("Browser Recruiter");
    }
  }

  @Test
  void recruiterCreatesARequisitionTheManagerApprovesItAndApplicantsFindItOnTheCareersPage()
      throws Exception {
    String title = Api.unique("Browser Sales Agent");
    try (Browser browser = Browser.open(base.toString())) {
      browser.signIn(Api.RECRUITER, Api.DEMO_PASSWORD);
      browser.go("/#/requisitions");
      browser.visible(By.id("new-requisition")).click();
      browser.visible(By.id("req-title")).sendKeys(title);
      browser.select(By.id("req-team"), "Home & Renters Central");
      WebElement site = browser.driver.findElement(By.id("req-site"));
      site.clear();
      site.sendKeys("Dallas, TX");
      // The team has no approval chain, so its hiring manager (Jordan) approves.
      browser.select(By.id("req-hiring-manager"), "Jordan Manager");
      browser.driver.findElement(By.id("req-save")).click();

      browser.wait.until(ExpectedConditions.urlMatches("#/requisitions/\\d+$"));
      browser.waitForAttribute(By.id("requisition-status"), "data-status", "DRAFT");
      assertThat(browser.visible(By.id("requisition-title")).getText()).contains(title);
      String id = browser.driver.getCurrentUrl().replaceAll("^.*#/requisitions/", "");
      browser.visible(By.cssSelector("[data-testid=action-submit]")).click();
      browser.waitForAttribute(By.id("requisition-status"), "data-status", "PENDING_APPROVAL");
      browser.signOut();

      browser.signIn(Api.MANAGER_CENTRAL, Api.DEMO_PASSWORD);
      browser.go("/#/approvals");
      WebElement item = browser.visible(By.id("inbox-" + id));
      assertThat(item.getText()).contains(title).contains("Home & Renters Central");
      item.findElement(By.cssSelector("[data-testid=approve]")).click();
      browser.waitForText(By.id("flash"), "Approved");
      assertThat(browser.driver.findElement(By.id("flash")).getText()).contains(title);
      assertThat(browser.driver.findElements(By.id("inbox-" + id))).isEmpty();
      browser.go("/#/requisitions/" + id);
      browser.waitForAttribute(By.id("requisition-status"), "data-status", "OPEN");
      browser.signOut();

      browser.go("/careers/");
      browser.visible(By.id("search-q")).sendKeys(title);
      browser.driver.findElement(By.id("search-submit")).click();
      browser.waitForText(By.id("result-count"), "1 open job matches your search");
      browser
          .visible(By.xpath("//a[@data-testid='job-link'][normalize-space()='" + title + "']"))
          .click();
      assertThat(browser.visible(By.id("job-title")).getText()).isEqualTo(title);
      assertThat(browser.driver.getCurrentUrl()).contains("/careers/" + id + "-");
      assertThat(browser.visible(By.id("apply")).getText()).contains("Apply");
    }
  }

  @Test
  void anApplicantAppliesOnTheCareersPageAndTheRecruiterFindsThemInCandidateSearch()
      throws Exception {
    String email = Api.unique("applicant") + "@example.com";
    // A surname no one else has, found by the search; the profile keeps the name the applicant
    // typed
    // whether or not the background parse of the resume has run yet.
    String surname = IntakeFiles.uniqueSurname();
    String name = "Lucia " + surname;
    // A number no one else has: a known phone would file the application under that earlier person.
    String phone =
        "(989) "
            + ThreadLocalRandom.current().nextInt(200, 1000)
            + "-"
            + ThreadLocalRandom.current().nextInt(1000, 10000);
    Path resume = TestResumes.file(TestResumes.TXT).toPath().toAbsolutePath();
    try (Browser browser = Browser.open(base.toString())) {
      browser.go("/careers/");
      browser.visible(By.cssSelector("[data-testid=job-link]")).click();
      String title = browser.visible(By.id("job-title")).getText();
      browser.visible(By.id("apply-name")).sendKeys(name);
      browser.driver.findElement(By.id("apply-email")).sendKeys(email);
      browser.driver.findElement(By.id("apply-phone")).sendKeys(phone);
      browser.driver.findElement(By.id("apply-resume")).sendKeys(resume.toString());
      // Knock-out answers that keep the application: "Yes", else "Either", else the first option
      // that is no refusal.
      for (WebElement question :
          browser.driver.findElements(By.cssSelector("#apply-form fieldset.question"))) {
        List<WebElement> options = question.findElements(By.cssSelector("input[type=radio]"));
        if (options.isEmpty()) {
          question.findElement(By.cssSelector("input[type=text]")).sendKeys("Yes");
          continue;
        }
        WebElement pick =
            options.stream()
                .filter(o -> "Yes".equals(o.getDomAttribute("value")))
                .findFirst()
                .or(
                    () ->
                        options.stream()
                            .filter(o -> "Either".equals(o.getDomAttribute("value")))
                            .findFirst())
                .or(
                    () ->
                        options.stream()
                            .filter(
                                o ->
                                    !o.getDomAttribute("value")
                                        .matches("(?i)(no|neither|none)\\b.*"))
                            .findFirst())
                .orElse(options.get(0));
        pick.click();
      }
      // the voluntary self-identification is there and optional: one answer given, the others left
      // out
      new Select(browser.driver.findElement(By.id("apply-eeoGender")))
          .selectByVisibleText("Female");
      assertThat(
              new Select(browser.driver.findElement(By.id("apply-eeoVeteranStatus")))
                  .getFirstSelectedOption()
                  .getText())
          .isEqualTo("Prefer not to say");
      browser.driver.findElement(By.id("apply-consent")).click();
      browser.driver.findElement(By.id("apply-submit")).click();
      assertThat(browser.visible(By.id("apply-done")).getText()).contains("Thank you");

      browser.signIn(Api.RECRUITER, Api.DEMO_PASSWORD);
      browser.go("/#/candidates");
      browser.visible(By.id("candidate-q")).sendKeys(surname);
      browser.driver.findElement(By.id("candidate-search-submit")).click();
      // The person exists as soon as the form is sent; search again until the row with this email
      // shows.
      By row =
          By.xpath(
              "//tr[.//*[contains(@class,'candidate-email')][normalize-space()='"
                  + email.toLowerCase()
                  + "']]");
      browser.wait.until(
          d -> {
            if (!d.findElements(row).isEmpty()) {
              return true;
            }
            if (d.findElements(By.cssSelector("#candidate-results[aria-busy]")).isEmpty()) {
              d.findElement(By.id("candidate-search-submit")).click();
            }
            return false;
          });
      // The results may render once more while we click: find the link again if it went stale.
      browser
          .wait
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d -> {
                d.findElement(row)
                    .findElement(By.cssSelector("[data-testid=candidate-link]"))
                    .click();
                return true;
              });
      assertThat(browser.visible(By.id("candidate-name")).getText()).contains(surname);
      assertThat(browser.visible(By.id("applications")).getText()).contains(title);
      assertThat(browser.driver.findElements(By.id("knockout-alert"))).isEmpty();
    }
  }

  @Test
  void recruiterMovesACardOnTheBoardAndRejectsASelectionInBulk() throws Exception {
    Number requisition = Api.demoRequisition("Licensed P&C Sales Agent", "OPEN");
    try (Browser browser = Browser.open(base.toString())) {
      browser.signIn(Api.RECRUITER, Api.DEMO_PASSWORD);
      browser.go("/#/pipelines/" + requisition);
      WebElement card =
          browser.visible(By.cssSelector("section[data-stage=APPLIED] li.board-card"));
      String application = card.getDomAttribute("data-application");
      // the move control offers the next stage, never a step back
      assertThat(
              new org.openqa.selenium.support.ui.Select(
                      card.findElement(By.cssSelector("select.move-select")))
                  .getFirstSelectedOption()
                  .getText())
          .isEqualTo("Screen");
      card.findElement(By.cssSelector(".move-row button")).click();
      browser.visible(
          By.cssSelector(
              "section[data-stage=SCREEN] li.board-card[data-application='" + application + "']"));
      Api.demo(Api.RECRUITER)
          .get("/applications/" + application)
          .then()
          .body("summary.stage", org.hamcrest.Matchers.equalTo("SCREEN"));

      // a real HTML5 drag of the second card onto Phone interview moves exactly that card
      List<WebElement> applied =
          browser.driver.findElements(By.cssSelector("section[data-stage=APPLIED] li.board-card"));
      assertThat(applied.size()).isGreaterThanOrEqualTo(2);
      String dragged = applied.get(1).getDomAttribute("data-application");
      String stays = applied.get(0).getDomAttribute("data-application");
      ((org.openqa.selenium.JavascriptExecutor) browser.driver)
          .executeScript(
              "const card = arguments[0], column = arguments[1], data = new DataTransfer();"
                  + "card.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));"
                  + "column.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: data }));"
                  + "column.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));"
                  + "column.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));"
                  + "card.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: data }));",
              applied.get(1),
              browser.driver.findElement(By.cssSelector("section[data-stage=PHONE_INTERVIEW]")));
      browser.visible(
          By.cssSelector(
              "section[data-stage=PHONE_INTERVIEW] li.board-card[data-application='"
                  + dragged
                  + "']"));
      Api.demo(Api.RECRUITER)
          .get("/applications/" + dragged)
          .then()
          .body("summary.stage", org.hamcrest.Matchers.equalTo("PHONE_INTERVIEW"));
      Api.demo(Api.RECRUITER)
          .get("/applications/" + stays)
          .then()
          .body("summary.stage", org.hamcrest.Matchers.equalTo("APPLIED"));
      // the message stays until dismissed
      browser.waitForText(By.id("flash"), "moved to Phone interview");
      browser.driver.findElement(By.cssSelector("#flash .flash-close")).click();
      browser.wait.until(d -> d.findElement(By.id("flash")).getText().isEmpty());

      browser.go("/#/applications?requisition=" + requisition + "&stage=APPLIED");
      List<WebElement> boxes =
          browser.wait.until(
              d -> {
                List<WebElement> found =
                    d.findElements(By.cssSelector("#application-results input[data-application]"));
                return found.size() >= 2 ? found : null;
              });
      List<String> picked =
          List.of(
              boxes.get(0).getDomAttribute("data-application"),
              boxes.get(1).getDomAttribute("data-application"));
      boxes.get(0).click();
      boxes.get(1).click();
      browser.select(By.id("bulk-action"), "Reject");
      browser.visible(By.id("bulk-reason")).sendKeys("The January class is full");
      browser.select(By.id("bulk-template"), "Not moving forward (rejection)");
      browser.driver.findElement(By.id("bulk-run")).click();
      browser.waitForText(By.id("bulk-result"), "2 of 2 done");
      for (String id : picked) {
        Api.demo(Api.RECRUITER)
            .get("/applications/" + id)
            .then()
            .body("summary.stage", org.hamcrest.Matchers.equalTo("REJECTED"))
            .body("closeReason", org.hamcrest.Matchers.equalTo("The January class is full"));
      }
    }
  }

  @Test
  void aRecruiterFindsAPastUploadAndUndoesACorrectionOnTheProfile() throws Exception {
    try (Browser browser = Browser.open(base.toString())) {
      Supplier<RequestSpecification> recruiter =
          () -> given().auth().preemptive().basic(Api.RECRUITER, Api.DEMO_PASSWORD);
      int batch =
          recruiter
              .get()
              .multiPart(
                  "files",
                  IntakeFiles.textResume(
                      "Philippa " + IntakeFiles.uniqueSurname(),
                      Api.unique("undo-ui") + "@example.com"))
              .post("/uploads")
              .then()
              .statusCode(202)
              .extract()
              .path("batchId");
      IntakeFiles.awaitDone(recruiter, batch);
      int id = recruiter.get().get("/uploads/" + batch).path("files[0].candidateId");
      recruiter
          .get()
          .contentType("application/json")
          .body("{\"corrections\":{\"city\":\"Broken Arrow\"}}")
          .put("/candidates/" + id + "/corrections")
          .then()
          .statusCode(200);

      browser.signIn(Api.RECRUITER, Api.DEMO_PASSWORD);
      browser.go("/#/uploads");
      // The list refreshes while any upload parses: find the row anew each time.
      By row =
          By.xpath("//section[@id='upload-history']//tr[.//a[@href='#/uploads/" + batch + "']]");
      browser.wait.until(d -> d.findElement(row).getText().contains("Riley Recruiter"));
      assertThat(browser.driver.findElement(row).getText())
          .contains("Talent pool")
          .contains("1 new")
          .contains("done");
      browser.visible(By.cssSelector("#upload-history a[href='#/uploads/" + batch + "']")).click();
      browser.waitForText(By.id("upload-title"), "1 file");
      assertThat(browser.visible(By.id("upload-title")).getText()).startsWith("Upload of ");

      browser.go("/#/candidates/" + id);
      browser.waitForText(By.id("field-city"), "Broken Arrow");
      assertThat(browser.visible(By.id("field-city-note")).getText())
          .contains("corrected by Riley Recruiter");
      browser.visible(By.cssSelector("[data-testid=undo-correction][data-field=city]")).click();
      browser.waitForText(By.id("flash"), "Undid the correction of city");
      browser.waitForText(By.id("field-city"), "Tulsa");
      assertThat(browser.driver.findElements(By.cssSelector("[data-testid=undo-correction]")))
          .isEmpty();
      assertThat(browser.visible(By.id("timeline")).getText()).contains("Correction undone");

      // licenses are corrected as a list of rows; the licensed states follow them
      browser.visible(By.id("correct-licenses")).click();
      browser.visible(By.id("add-licenses")).click();
      browser
          .visible(By.cssSelector("#licenses-form li:last-child input[name=state]"))
          .sendKeys("ok");
      browser
          .driver
          .findElement(By.cssSelector("#licenses-form li:last-child input[name=linesOfAuthority]"))
          .sendKeys("Property, Casualty");
      browser.driver.findElement(By.id("save-licenses")).click();
      browser.waitForText(By.id("flash"), "Corrected licenses");
      assertThat(browser.visible(By.id("licenses")).getText())
          .contains("OK")
          .contains("Property, Casualty")
          .contains("corrected");
      assertThat(
              recruiter.get().get("/candidates/" + id).<List<String>>path("summary.licensedStates"))
          .contains("OK");

      // a value the parser doubts is flagged "check this" with the reason, until corrected
      java.nio.file.Path doubtful = java.nio.file.Files.createTempFile("doubtful", ".txt");
      String email = Api.unique("doubt") + "@example.com";
      java.nio.file.Files.writeString(
          doubtful,
          "Morgan "
              + IntakeFiles.uniqueSurname()
              + "\n"
              + email
              + "\n\nExperience\n"
              + "Customer Service Representative, Acme Insurance, Tulsa, OK, Mar 2021 - Present\n"
              + "Answered 70 calls a day on Five9.\n");
      int doubtBatch =
          recruiter
              .get()
              .multiPart("files", doubtful.toFile())
              .post("/uploads")
              .then()
              .statusCode(202)
              .extract()
              .path("batchId");
      IntakeFiles.awaitDone(recruiter, doubtBatch);
      int doubted = recruiter.get().get("/uploads/" + doubtBatch).path("files[0].candidateId");
      browser.go("/#/candidates/" + doubted);
      browser.waitForText(By.id("field-city"), "Tulsa");
      assertThat(
              browser
                  .visible(By.cssSelector("[data-testid=check-this][data-field=city]"))
                  .getText())
          .isEqualTo("check this");
      assertThat(browser.visible(By.id("field-city-doubt")).getText())
          .contains("may be an employer's town");
      assertThat(
              browser.driver.findElements(
                  By.cssSelector("[data-testid=check-this][data-field=email]")))
          .isEmpty();
    }
  }

  @Test
  void aCandidateBooksTheirInterviewThroughTheLinkOnAPhoneWithTheKeyboard() throws Exception {
    String slug = CareerApplicant.firstJob();
    long application =
        CareerApplicant.applyAndWaitForParse(
            slug,
            "Nia Phone Booker",
            Api.unique("phone") + "@example.com",
            CareerApplicant.passing(slug));
    int requisition =
        Api.demo(Api.RECRUITER).get("/applications/" + application).path("summary.requisitionId");
    int plan =
        Api.demo(Api.RECRUITER)
            .get("/requisitions/" + requisition + "/interview-plans")
            .path("find { it.stage == 'PHONE_INTERVIEW' }.id");
    java.time.Instant from =
        java.time.Instant.now()
            .truncatedTo(java.time.temporal.ChronoUnit.DAYS)
            .plus(java.time.Duration.ofDays(1));
    String url =
        Api.demo(Api.RECRUITER)
            .body(
                java.util.Map.of(
                    "planId", plan,
                    "from", from.toString(),
                    "to", from.plus(java.time.Duration.ofDays(7)).toString()))
            .post("/applications/" + application + "/interviews/scheduling-links")
            .then()
            .statusCode(201)
            .extract()
            .path("url");
    try (Browser browser = Browser.open(base.toString())) {
      browser.viewport(390, 844);
      browser.go(url.substring(url.indexOf("/interview/")));
      WebElement first = browser.visible(By.cssSelector("#slots button"));
      PageGuard guard = new PageGuard(browser);
      guard.check("interview self-scheduling", "phone");
      browser.screenshot("self-scheduling-phone");
      String chosen = first.getText();
      first.sendKeys(org.openqa.selenium.Keys.ENTER);
      browser.waitForText(By.id("booked"), "Your interview is booked");
      assertThat(browser.driver.findElement(By.id("booked")).getText()).contains(chosen);
      guard.check("interview self-scheduling booked", "phone");
      browser.go("/interview/#not-a-link");
      browser.visible(By.id("link-invalid"));
      guard.check("interview self-scheduling bad link", "phone");
      assertThat(guard.problems()).isEmpty();
    }
    assertThat(
            Api.demo(Api.RECRUITER)
                .get("/applications/" + application + "/interviews")
                .<List<String>>path("status"))
        .containsExactly("SCHEDULED");
  }

  @Test
  void aTrainerTakesRollCallAndGradesAndACandidateAcceptsTheirOfferOnAPhone() throws Exception {
    // the demo's class one week in (no compliance scores yet): a session today (from midnight, so
    // it has begun) for a fresh roll
    // call
    int classId =
        Api.demo(Api.TRAINER)
            .get("/training/classes?mine=true")
            .path("find { it.name == 'Virtual Class B' }.id");
    java.time.LocalDate today =
        java.time.LocalDate.now(
            java.time.ZoneId.of(
                Api.demo(Api.TRAINER)
                    .get("/training/classes/" + classId)
                    .path("overview.timeZone")));
    int session =
        Api.demo(Api.TRAINER)
            .body(
                java.util.Map.of(
                    "day",
                    today.toString(),
                    "startsAt",
                    "00:00",
                    "endsAt",
                    "00:30",
                    "topic",
                    "Huddle"))
            .post("/training/classes/" + classId + "/sessions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    var roster = Api.demo(Api.TRAINER).get("/training/classes/" + classId + "/roster");
    int module = roster.path("modules.find { it.name == 'Compliance and disclosures' }.id");
    List<Integer> staying = roster.path("people.findAll { it.status == 'IN_TRAINING' }.newHireId");
    try (Browser browser = Browser.open(base.toString())) {
      PageGuard guard = new PageGuard(browser);
      browser.signIn(Api.TRAINER, Api.DEMO_PASSWORD);
      browser.go("/#/training");
      browser.visible(By.id("classes"));
      guard.check("#/training", "laptop");
      browser.screenshot("training");
      browser.go("/#/training/classes/" + classId);
      browser.visible(By.id("roster"));
      guard.check("#/training/classes/:id", "laptop");
      browser.screenshot("class-roster");
      // a session changed from the class page: its Edit button opens it in the editor
      browser.visible(By.cssSelector("button[data-session='" + session + "']")).click();
      WebElement topic = browser.visible(By.cssSelector("#session-editor input[name='topic']"));
      assertThat(topic.getDomProperty("value")).isEqualTo("Huddle");
      topic.sendKeys(" and questions");
      browser.visible(By.id("save-session")).click();
      browser.waitForText(By.id("flash"), "Session changed");
      assertThat(Api.demo(Api.TRAINER).get("/training/sessions/" + session).<String>path("topic"))
          .isEqualTo("Huddle and questions");
      browser.visible(By.id("save-class")).click();
      browser.waitForText(By.id("flash"), "Class settings saved");

      // a program with two modules, the second assessed
      String programName = Api.unique("Bridge program");
      browser.go("/#/training/programs");
      browser.visible(By.id("new-program"));
      guard.check("#/training/programs", "laptop");
      browser.driver.findElement(By.id("new-program")).click();
      browser.visible(By.cssSelector("#program-form input[name='name']")).sendKeys(programName);
      browser
          .driver
          .findElement(By.cssSelector("input[name='modules[0].name']"))
          .sendKeys("Welcome and systems");
      browser.driver.findElement(By.id("add-module")).click();
      browser.visible(By.cssSelector("input[name='modules[1].name']")).sendKeys("Bundles exam");
      browser
          .driver
          .findElement(By.cssSelector("input[name='modules[1].passMark']"))
          .sendKeys("80");
      guard.check("#/training/programs/:id", "laptop");
      browser.screenshot("program-editor");
      browser.driver.findElement(By.id("save-program")).click();
      browser.waitForText(By.id("flash"), "Program created");
      assertThat(
              Api.demo(Api.TRAINER)
                  .get("/training/programs")
                  .<List<Object>>path("find { it.name == '" + programName + "' }.modules.passMark"))
          .containsExactly(null, 80);
      // licensing: the result of a scheduled exam, recorded on the person's page, moves their
      // roster cell on to the next step
      int classA =
          Api.demo(Api.TRAINER)
              .get("/training/classes?mine=true")
              .path("find { it.name == 'Charlotte Class A' }.id");
      List<Integer> people =
          Api.demo(Api.TRAINER)
              .get("/training/classes/" + classA + "/roster")
              .path("people.newHireId");
      Integer examinee = null;
      String examState = null;
      for (Integer p : people) {
        var l = Api.demo(Api.TRAINER).get("/licensing/people/" + p);
        if (l.<Boolean>path("states[0].exams.any { it.takenOn == null }")) {
          examinee = p;
          examState = l.path("states[0].state");
          break;
        }
      }
      assertThat(examinee).as("a demo hire with an exam scheduled").isNotNull();
      browser.go("/#/licensing/people/" + examinee);
      WebElement result = browser.visible(By.id("exam-result-" + examState));
      guard.check("#/licensing/people/:id", "laptop");
      browser.screenshot("licensing-person");
      new org.openqa.selenium.support.ui.Select(result.findElement(By.name("passed")))
          .selectByValue("true");
      result.findElement(By.name("score")).sendKeys("86");
      result.findElement(By.cssSelector("button[type='submit']")).click();
      browser.waitForText(By.id("flash"), "Exam result recorded");
      browser.go("/#/licensing");
      new org.openqa.selenium.support.ui.Select(browser.visible(By.id("roster-of")))
          .selectByValue(String.valueOf(classA));
      browser.waitForText(By.cssSelector("#licensing-roster"), "Charlotte Class A");
      String cellText =
          browser
              .visible(
                  By.xpath(
                      "//tr[td/a[@href='#/licensing/people/"
                          + examinee
                          + "']]//span[@data-state='"
                          + examState
                          + "']"))
              .getText();
      assertThat(cellText).contains("next: Fingerprints");
      guard.check("#/licensing", "laptop");
      browser.screenshot("licensing-roster");
      browser.go("/#/new-hires");
      browser.visible(By.id("new-hire-status"));
      guard.check("#/new-hires", "laptop");
      browser.screenshot("new-hires");

      browser.go("/#/training/sessions/" + session);
      browser.visible(By.id("all-present")).click();
      // the keyboard way: focus the first person's "Present", arrow right twice to "Absent"
      WebElement present =
          browser.driver.findElement(
              By.cssSelector("input[name='mark-" + staying.get(0) + "'][value='PRESENT']"));
      present.sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT, org.openqa.selenium.Keys.ARROW_RIGHT);
      guard.check("#/training/sessions/:id", "laptop");
      browser.screenshot("roll-call");
      browser.visible(By.id("save-roll-call")).click();
      browser.waitForText(By.id("flash"), "Roll call saved");
      var marks = Api.demo(Api.TRAINER).get("/training/sessions/" + session);
      assertThat(marks.<String>path("people.find { it.newHireId == " + staying.get(0) + " }.mark"))
          .isEqualTo("ABSENT");
      assertThat(marks.<List<String>>path("people.mark")).doesNotContainNull().contains("PRESENT");

      browser.go("/#/training/classes/" + classId + "/grade/" + module);
      WebElement score = browser.visible(By.id("score-" + staying.get(1)));
      score.sendKeys("88");
      guard.check("#/training/classes/:id/grade/:moduleId", "laptop");
      browser.visible(By.id("save-scores")).click();
      browser.waitForText(By.id("flash"), "1 score(s) saved");
      browser.go("/#/training/new-hires/" + staying.get(1));
      browser.waitForText(By.id("progress"), "88");
      guard.check("#/training/new-hires/:id", "laptop");
      browser.screenshot("new-hire");
      // a graduated class's ramp on the floor, and one graduate's weeks on the floor
      int graduated =
          Api.demo(Api.TRAINER)
              .get("/training/classes")
              .path("find { it.name == 'Charlotte Class E (graduated)' }.id");
      browser.go("/#/training/classes/" + graduated);
      browser.visible(By.cssSelector("#ramp-chart canvas"));
      guard.check("#/training/classes/:id (graduated, ramp)", "laptop");
      int graduate =
          Api.demo(Api.TRAINER)
              .get("/training/classes/" + graduated + "/roster")
              .path("people.find { it.status == 'GRADUATED' }.newHireId");
      browser.go("/#/training/new-hires/" + graduate);
      browser.waitForText(By.id("floor-kpis"), "On the floor since");
      browser.visible(By.cssSelector("#floor-kpis table"));
      guard.check("#/training/new-hires/:id (on the floor)", "laptop");
      browser.signOut();
      // a requisition's screening criteria on the floor, as its recruiter sees them
      browser.signIn(Api.RECRUITER, Api.DEMO_PASSWORD);
      int filled = Api.demoRequisition("Summer Class", "FILLED");
      browser.go("/#/requisitions/" + filled);
      browser.waitForText(
          By.id("criteria-floor"), "At least 12 months of contact-center experience");
      guard.check("#/requisitions/:id (criteria on the floor)", "laptop");
      browser.signOut();

      // a fresh applicant (the demo's offers may have been moved by the tests before) gets an
      // offer into the demo's upcoming class; the recruiter sees it, the candidate answers on a
      // phone
      java.util.Map<String, Object> job = Api.openRequisition(Api.unique("Offer page"), 1);
      String slug = (String) job.get("slug");
      long offered =
          CareerApplicant.applyAndWaitForParse(
              slug,
              "Luz Offer Phone",
              Api.unique("luz") + "@example.com",
              CareerApplicant.passing(slug));
      Api.demo(Api.RECRUITER)
          .body(java.util.Map.of("to", "OFFER"))
          .post("/applications/" + offered + "/moves")
          .then()
          .statusCode(200);
      int upcoming =
          Api.demo(Api.RECRUITER)
              .get("/training/classes")
              .path("find { it.name == 'Charlotte Class D' }.id");
      long revised =
          Api.demo(Api.RECRUITER)
              .body(
                  java.util.Map.of(
                      "payBasis", "HOURLY",
                      "payAmount", "20.00",
                      "shift", "Mon–Fri 9–5:30",
                      "workMode", "REMOTE",
                      "classId", upcoming,
                      "expiresAt",
                          java.time.Instant.now().plus(java.time.Duration.ofDays(2)).toString()))
              .post("/applications/" + offered + "/offers")
              .then()
              .statusCode(201)
              .extract()
              .<Number>path("id")
              .longValue();
      Api.demo(Api.RECRUITER)
          .body("{}")
          .post("/offers/" + revised + "/sending")
          .then()
          .statusCode(200);
      browser.signIn(Api.RECRUITER, Api.DEMO_PASSWORD);
      browser.go("/#/applications/" + offered);
      browser.visible(By.cssSelector("#offer-list li"));
      guard.check("#/applications/:id offers", "laptop");
      browser.signOut();
      List<Integer> mails =
          Api.admin()
              .get("/outbox?relatedType=application&relatedId=" + offered)
              .path("messages.items.findAll { it.subject.startsWith('Your offer') }.id");
      String text = Api.admin().get("/outbox/" + java.util.Collections.max(mails)).path("text");
      java.util.regex.Matcher link = java.util.regex.Pattern.compile("/offer/#\\S+").matcher(text);
      assertThat(link.find()).isTrue();
      browser.viewport(390, 844);
      browser.go(link.group());
      browser.visible(By.id("accept"));
      guard.check("offer page", "phone");
      browser.screenshot("offer-phone");
      browser.driver.findElement(By.id("accept")).sendKeys(org.openqa.selenium.Keys.ENTER);
      browser.waitForText(By.id("status"), "You accepted this offer");
      guard.check("offer page accepted", "phone");
      browser.go("/offer/#not-a-link");
      browser.visible(By.id("link-invalid"));
      guard.check("offer page bad link", "phone");
      assertThat(guard.problems()).isEmpty();
      assertThat(
              Api.demo(Api.RECRUITER).get("/applications/" + offered).<String>path("summary.stage"))
          .isEqualTo("HIRED");
    }
  }
}
