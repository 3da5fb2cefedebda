package org.floorready.application.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.floorready.application.entity.EeoSelfIdentification;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.MultipartForm;
import org.floorready.platform.PlainText;

/** Reads and checks the apply form's text parts. */
final class ApplicationFormReader {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private ApplicationFormReader() {}

  static ApplicationForm read(MultipartForm form) {
    String name = PlainText.clean(form.text("name").orElse(""));
    if (name.isBlank() || name.length() > 200) {
      throw new InvalidInput("name", "tell us your name");
    }
    if (!"true".equalsIgnoreCase(form.text("consent").orElse(""))) {
      throw new InvalidInput("consent", "we can only process your application with your consent");
    }
    var eeo =
        new ApplicationForm.Eeo(
            form.text("eeoGender").orElse(null),
            form.text("eeoRaceEthnicity").orElse(null),
            form.text("eeoVeteranStatus").orElse(null),
            form.text("eeoDisabilityStatus").orElse(null));
    Map<String, String> unknown =
        EeoSelfIdentification.unknownAnswers(
            Map.of(
                "eeoGender", eeo.gender() == null ? "" : eeo.gender(),
                "eeoRaceEthnicity", eeo.raceEthnicity() == null ? "" : eeo.raceEthnicity(),
                "eeoVeteranStatus", eeo.veteranStatus() == null ? "" : eeo.veteranStatus(),
                "eeoDisabilityStatus",
                    eeo.disabilityStatus() == null ? "" : eeo.disabilityStatus()));
    if (!unknown.isEmpty()) {
      throw new InvalidInput(unknown);
    }
    return new ApplicationForm(
        name,
        form.text("email").orElse(""),
        form.text("phone").orElse(null),
        true,
        answers(form.text("answers").orElse("[]")),
        form.text("website").orElse(""),
        eeo,
        // a careers link's ?source=code; unknown or retired codes attribute nobody
        form.text("source").map(String::strip).filter(c -> c.length() <= 40).orElse(null));
  }

  static String email(String typed) {
    String email = typed == null ? "" : typed.trim().toLowerCase(java.util.Locale.ROOT);
    if (!EMAIL.matcher(email).matches() || email.length() > 254) {
      throw new InvalidInput("email", "must be an email address we can write to");
    }
    return email;
  }

  private static List<String> answers(String json) {
    try {
      JsonArray array = Json.createReader(new StringReader(json)).readArray();
      return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    } catch (JsonException | ClassCastException e) {
      throw new InvalidInput("answers", "must be a JSON array of the answers, in question order");
    }
  }
}
