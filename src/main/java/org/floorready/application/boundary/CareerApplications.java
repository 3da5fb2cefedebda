package org.floorready.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.MultipartForm;
import org.floorready.platform.database.DatabaseMigration;
import org.floorready.requisition.boundary.Careers;
import org.floorready.resume.control.PhoneNumbers;
import org.floorready.resume.control.ResumeStorage;
import org.floorready.resume.control.TextExtraction;

/**
 * Applying through the careers page, in the order that keeps abuse cheap: the job must be open, a
 * bot that fills the honeypot is thanked and forgotten, the client address must be under its rate
 * limit, and every answer is checked before the resume file is stored; then the application is
 * filed ({@link ApplicationIntake}) and written to disk before the applicant is answered.
 */
@ApplicationScoped
public class CareerApplications {
  static final Set<String> FIELDS =
      Set.of(
          "name",
          "email",
          "phone",
          "consent",
          "answers",
          "website",
          "source",
          "eeoGender",
          "eeoRaceEthnicity",
          "eeoVeteranStatus",
          "eeoDisabilityStatus");

  @Inject Careers careers;
  @Inject ApplicationIntake filing;
  @Inject ResumeStorage storage;
  @Inject TextExtraction extraction;
  @Inject DatabaseMigration database;

  /**
   * Takes one application; answers whether it was filed (false: a bot's, dropped). The applicant is
   * told the same either way.
   */
  public boolean apply(String slug, List<EntityPart> parts) {
    careers.job(slug);
    MultipartForm form = new MultipartForm(parts, FIELDS, Set.of("resume"), FIELDS.size() + 1);
    if (!form.text("website").orElse("").isEmpty()) {
      return false;
    }
    ApplicationForm data = ApplicationFormReader.read(form);
    String email = ApplicationFormReader.email(data.email());
    String phone =
        data.phone() == null || data.phone().isBlank()
            ? null
            : PhoneNumbers.e164(data.phone())
                .orElseThrow(() -> new InvalidInput("phone", "is not a phone number we can call"));
    filing.checkAnswers(slug, data.answers());
    List<EntityPart> files = form.files("resume");
    if (files.isEmpty()) {
      throw new InvalidInput("resume", "attach your resume (PDF, Word, RTF, ODT, HTML or text)");
    }
    ResumeStorage.StagedFile staged;
    try (InputStream in = files.get(0).getContent()) {
      staged = storage.stage(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      extraction.requireReadableType(staged.path());
    } catch (RuntimeException refused) {
      storage.discard(staged);
      throw refused;
    }
    filing.fileCareerApplication(
        slug,
        data,
        email,
        phone,
        storage.keep(staged),
        MultipartForm.fileName(files.get(0)).orElse("resume"));
    database.makeDurable();
    return true;
  }
}
