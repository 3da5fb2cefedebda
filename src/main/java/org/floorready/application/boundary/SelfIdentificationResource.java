package org.floorready.application.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.floorready.application.entity.EeoSelfIdentification;

/** The voluntary self-identification questions of the apply form, for the careers page. */
@Path("careers/self-identification")
@Tag(name = "Careers (public)")
@PermitAll
public class SelfIdentificationResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The voluntary EEO questions: form part, question, the answers offered (blank = prefer not to say)")
  public List<EeoSelfIdentification.Question> questions() {
    return EeoSelfIdentification.QUESTIONS;
  }
}
