package org.floorready.application.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.floorready.application.entity.Application;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.entity.AppUser;

/** The values of an email template's placeholders for one application. */
public final class TemplateValues {
  private TemplateValues() {}

  /**
   * @param stageName the name of the application's stage in its pipeline
   * @param sender who sends the mail; stands in for the recruiter when the requisition has none
   */
  public static Map<String, String> of(
      Application application, String stageName, String baseUrl, AppUser sender) {
    Requisition job = application.requisition();
    String name =
        application.candidate().fullName() == null
            ? ""
            : application.candidate().fullName().strip();
    AppUser recruiter = job.recruiter() != null ? job.recruiter() : sender;
    Map<String, String> values = new LinkedHashMap<>();
    values.put("candidateName", name);
    values.put("candidateFirstName", name.isEmpty() ? "there" : name.split("\\s+")[0]);
    values.put("requisitionTitle", job.title());
    values.put("jobLink", baseUrl + "/careers/" + job.slug());
    values.put("careersLink", baseUrl + "/careers/");
    values.put("stage", stageName);
    values.put(
        "recruiterName", recruiter == null ? "The recruiting team" : recruiter.displayName());
    values.put("recruiterEmail", recruiter == null ? "" : recruiter.email());
    return values;
  }
}
