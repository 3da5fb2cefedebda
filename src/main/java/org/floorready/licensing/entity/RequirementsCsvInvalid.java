package org.floorready.licensing.entity;

import java.util.List;
import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/** A requirements CSV with bad rows: nothing was imported; each bad row is named by its line. */
@ProblemType(value = "requirements-csv-invalid", status = 422, title = "Bad rows in the CSV")
public class RequirementsCsvInvalid extends Refusal {
  private final transient List<String> rows;

  public RequirementsCsvInvalid(List<String> rows) {
    super(rows.size() + " row(s) are wrong; nothing was imported: " + String.join(" | ", rows));
    this.rows = List.copyOf(rows);
  }

  public List<String> rows() {
    return rows;
  }
}
