package org.floorready.it;

import io.restassured.RestAssured;
import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Integration tests run black-box against the very WAR the build produced, deployed on Payara Micro
 * at "/" (one server start per test class, so classes are few and broad).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedApp {
  @ArquillianResource protected URL base;

  @Deployment(testable = false)
  public static WebArchive app() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("floorready.war")));
  }

  @BeforeEach
  void pointRestAssuredAtTheServer() {
    RestAssured.baseURI = base.toString().replaceAll("/$", "");
    RestAssured.basePath = "/api/v1";
    RestAssured.port = base.getPort();
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }
}
