package org.floorready.quality.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.MultipartForm;
import org.floorready.security.entity.Role;

/** Floor KPIs in: the call-center platform's push, and CSV imports with a saved column mapping. */
@Path("floor-kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality of hire")
@RolesAllowed(Role.ADMIN_NAME)
public class FloorKpisResource {
  static final String SOURCE_SYSTEM = "[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}";

  @Inject FloorKpis kpis;

  /** One agent's KPIs for a day or a week; every value optional. */
  public record PushRow(
      @Size(max = 100) String agentId,
      @Size(max = 254) String email,
      @Size(max = 20) String periodStart,
      Integer periodDays,
      Integer callsHandled,
      Integer ahtSeconds,
      Integer talkSeconds,
      Integer holdSeconds,
      Integer followUps,
      Integer quotes,
      Integer policiesSold,
      BigDecimal qaScore,
      BigDecimal adherence) {
    public PushRow(
        String agentId,
        String email,
        String periodStart,
        Integer periodDays,
        Integer callsHandled,
        Integer ahtSeconds,
        Integer talkSeconds,
        Integer holdSeconds,
        Integer followUps,
        Integer quotes,
        Integer policiesSold,
        BigDecimal qaScore,
        BigDecimal adherence) {
      this.agentId = agentId;
      this.email = email;
      this.periodStart = periodStart;
      this.periodDays = periodDays;
      this.callsHandled = callsHandled;
      this.ahtSeconds = ahtSeconds;
      this.talkSeconds = talkSeconds;
      this.holdSeconds = holdSeconds;
      this.followUps = followUps;
      this.quotes = quotes;
      this.policiesSold = policiesSold;
      this.qaScore = qaScore;
      this.adherence = adherence;
    }

    Map<String, String> texts() {
      Map<String, String> t = new HashMap<>();
      put(t, "agentId", agentId);
      put(t, "email", email);
      put(t, "periodStart", periodStart);
      put(t, "periodDays", periodDays);
      put(t, "callsHandled", callsHandled);
      put(t, "ahtSeconds", ahtSeconds);
      put(t, "talkSeconds", talkSeconds);
      put(t, "holdSeconds", holdSeconds);
      put(t, "followUps", followUps);
      put(t, "quotes", quotes);
      put(t, "policiesSold", policiesSold);
      put(t, "qaScore", qaScore == null ? null : qaScore.toPlainString());
      put(t, "adherence", adherence == null ? null : adherence.toPlainString());
      return t;
    }

    private static void put(Map<String, String> t, String field, Object value) {
      if (value != null) {
        t.put(field, value.toString());
      }
    }
  }

  /** A batch from a source system. */
  public record Push(
      @NotBlank @Pattern(regexp = SOURCE_SYSTEM) String sourceSystem,
      @NotNull List<@NotNull @Valid PushRow> rows) {
    public Push(String sourceSystem, List<PushRow> rows) {
      this.sourceSystem = sourceSystem;
      this.rows = rows;
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN_NAME, Role.INTEGRATION_NAME})
  @Operation(
      summary =
          "Push up to 10,000 rows of agent KPIs (per day or week, each value optional); each row"
              + " is checked and matched by agent id or email on its own, and written over the"
              + " same agent and period; answers the outcome per row")
  public FloorKpis.LoadResult push(@Valid @NotNull Push push) {
    return kpis.push(push.sourceSystem(), push.rows().stream().map(PushRow::texts).toList());
  }

  @POST
  @Path("imports")
  @RolesAllowed(Role.ADMIN_NAME)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Import a KPI CSV (part 'file', up to 200 MB, read as a stream) from 'sourceSystem', its"
              + " columns mapped by 'mapping' (JSON field → column; saved for the source system),"
              + " the saved mapping or the usual names; preview=true stores nothing. Re-importing"
              + " a period replaces what the source system had reported for it")
  public FloorKpis.LoadResult importCsv(
      List<EntityPart> parts, @QueryParam("preview") boolean preview) {
    MultipartForm form =
        new MultipartForm(parts, Set.of("sourceSystem", "mapping"), Set.of("file"), 3);
    String sourceSystem = form.text("sourceSystem").map(String::strip).orElse("");
    if (!sourceSystem.matches(SOURCE_SYSTEM)) {
      throw new InvalidInput(
          "sourceSystem", "name the system the file comes from (letters, digits, up to 60)");
    }
    Map<String, String> mapping = FloorKpis.mapping(form.text("mapping").orElse(null));
    List<EntityPart> files = form.files("file");
    if (files.size() != 1) {
      throw new InvalidInput("file", "send one CSV file");
    }
    try (InputStream in = files.get(0).getContent()) {
      return kpis.importCsv(
          sourceSystem,
          MultipartForm.fileName(files.get(0)).orElse("kpis.csv"),
          in,
          mapping,
          preview);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GET
  @Path("imports")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "The latest 200 KPI loads (imports and pushes) with their counts")
  public List<FloorKpis.ImportView> imports() {
    return kpis.imports();
  }

  @GET
  @Path("mappings/{sourceSystem}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "The column mapping saved for a source system (field → column)")
  public Map<String, String> mapping(@PathParam("sourceSystem") String sourceSystem) {
    return kpis.savedMapping(sourceSystem);
  }
}
