package org.floorready.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
}
