package org.floorready.application.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Arrays;
import java.util.List;

/** An application keeps its screening lines as JSON, so they can be shown without scoring again. */
public final class ScreeningJson {
  private static final Jsonb JSON = JsonbBuilder.create();

  private ScreeningJson() {}

  public static String write(List<ScreeningResult.Line> lines) {
    return JSON.toJson(lines.toArray(new ScreeningResult.Line[0]));
  }

  public static List<ScreeningResult.Line> read(String json) {
    return json == null
        ? List.of()
        : Arrays.asList(JSON.fromJson(json, ScreeningResult.Line[].class));
  }
}
