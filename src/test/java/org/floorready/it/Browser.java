package org.floorready.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium. Skipped where Chromium is not installed, unless
 * {@code -Dfloorready.browser.required=true} (CI), where a missing browser fails the build.
 */
public final class Browser implements AutoCloseable {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";

  public final WebDriver driver;
  public final WebDriverWait wait;
  private final String base;

  private Browser(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base.replaceAll("/$", "");
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // Pages re-render after every change; an element found a moment ago may be replaced by the time
    // it is read.
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  public static Browser open(String base) throws Exception {
    boolean installed = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    if (!installed) {
      if (Boolean.getBoolean("floorready.browser.required")) {
        throw new IllegalStateException(
            "Chromium and chromedriver are required: apt-get install chromium chromium-driver");
      }
      Assumptions.abort("Chromium is not installed; browser test skipped");
    }
    Path profile = Files.createTempDirectory("floorready-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1366,900",
        "--user-data-dir=" + profile);
    // the page guard reads the console
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    return new Browser(new ChromeDriver(service, options), base);
  }

  public void go(String path) {
    driver.get(base + path);
  }

  /**
   * Saves what the screen shows as target/screenshots/{name}.png (the README's pictures come from
   * here).
   */
  public void screenshot(String name) {
    try {
      Path folder = Path.of("target", "screenshots");
      Files.createDirectories(folder);
      byte[] png =
          ((org.openqa.selenium.TakesScreenshot) driver)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      Files.write(folder.resolve(name + ".png"), png);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The viewport as a laptop (1366×900) or a phone (390×844) shows the page. */
  public void viewport(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  public WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits until the element's text contains the given text. */
  public void waitForText(By by, String text) {
    wait.until(d -> d.findElement(by).getText().contains(text));
  }

  /** Waits until the element's attribute has the given value. */
  public void waitForAttribute(By by, String attribute, String value) {
    wait.until(d -> value.equals(d.findElement(by).getDomAttribute(attribute)));
  }

  /** Picks an option of a select by its visible text, once that option exists. */
  public void select(By by, String visibleText) {
    wait.until(
        d ->
            new Select(d.findElement(by))
                .getOptions().stream().anyMatch(o -> o.getText().equals(visibleText)));
    new Select(driver.findElement(by)).selectByVisibleText(visibleText);
  }

  public void signIn(String email, String password) {
    submitSignIn(email, password);
    visible(By.id("welcome"));
  }

  /** Fills and sends the sign-in form, expecting nothing in particular to follow. */
  public void submitSignIn(String email, String password) {
    go("/");
    visible(By.id("email")).sendKeys(email);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("sign-in")).click();
  }

  public void signOut() {
    visible(By.id("user-button")).click();
    visible(By.id("sign-out")).click();
    visible(By.id("sign-in"));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
