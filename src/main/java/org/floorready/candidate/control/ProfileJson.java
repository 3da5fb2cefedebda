package org.floorready.candidate.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.floorready.candidate.entity.CorrectionNotes;
import org.floorready.candidate.entity.Corrections;
import org.floorready.resume.entity.ResumeProfile;

/** Parsed profiles and corrections are stored as JSON next to the searchable columns. */
public final class ProfileJson {
  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private ProfileJson() {}

  public static String write(Object value) {
    return JSON.toJson(value);
  }

  public static ResumeProfile profile(String json) {
    return json == null ? null : JSON.fromJson(json, ResumeProfile.class);
  }

  public static Corrections corrections(String json) {
    return json == null ? Corrections.none() : JSON.fromJson(json, Corrections.class);
  }

  public static CorrectionNotes notes(String json) {
    return json == null ? CorrectionNotes.none() : JSON.fromJson(json, CorrectionNotes.class);
  }
}
