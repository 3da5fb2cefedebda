package org.floorready.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What a person does in the UI, in headless Chromium. */
class BrowserIT extends DeployedApp {

  @Test
  void demoRecruiterSignsInSeesTheHomePageAndSignsOut() throws Exception {
    try (Browser browser = Browser.open(base.toString())) {
      browser.signIn(Api.RECRUITER, Api.DEMO_PASSWORD);
      assertThat(browser.visible(By.id("welcome")).getText()).contains("Riley Recruiter");
      assertThat(browser.driver.findElement(By.id("nav")).getText()).doesNotContain("Users");
      browser.signOut();
      browser.go("/");
      assertThat(browser.visible(By.id("sign-in")).isDisplayed()).isTrue();
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
      browser.driver.findElement(By.cssSelector("#new-user [name=displayName]")).sendKeys("Browser Recruiter");
      browser.driver.findElement(By.cssSelector("#new-user [name=password]")).sendKeys("browser-password");
      browser.driver.findElement(By.cssSelector("#new-user input[value=RECRUITER]")).click();
      browser.driver.findElement(By.cssSelector("#new-user button[type=submit]")).click();
      browser.wait.until(d -> d.findElement(By.id("flash")).getText().contains("Created Browser Recruiter"));

      browser.go("/#/admin/audit");
      browser.wait.until(d -> d.findElement(By.id("main")).getText().contains(email));

      browser.go("/#/admin/outbox");
      browser.visible(By.xpath("//td[contains(., '" + email + "')]")).click();
      assertThat(browser.visible(By.id("mail-subject")).getText()).isEqualTo("Your FloorReady account");
      assertThat(browser.visible(By.id("mail-text")).getText()).contains("Browser Recruiter");
      browser.signOut();

      browser.signIn(email, "browser-password");
      assertThat(browser.visible(By.id("welcome")).getText()).contains("Browser Recruiter");
    }
  }

  @Test
  void recruiterCreatesARequisitionTheManagerApprovesItAndApplicantsFindItOnTheCareersPage() throws Exception {
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
      browser.visible(By.xpath("//a[@data-testid='job-link'][normalize-space()='" + title + "']")).click();
      assertThat(browser.visible(By.id("job-title")).getText()).isEqualTo(title);
      assertThat(browser.driver.getCurrentUrl()).contains("/careers/" + id + "-");
      assertThat(browser.visible(By.id("apply")).getText()).contains("Apply");
    }
  }
}
