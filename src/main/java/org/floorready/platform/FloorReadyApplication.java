package org.floorready.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API. Every resource method is either {@code @RolesAllowed} or {@code @PermitAll}. */
@ApplicationPath("api/v1")
@DeclareRoles({"ADMIN", "RECRUITER", "HIRING_MANAGER", "INTERVIEWER", "TRAINER", "INTEGRATION"})
@OpenAPIDefinition(
    info =
        @Info(
            title = "FloorReady API",
            version = "1",
            description =
                "Hiring and onboarding pipeline for insurance call-center agents. Authenticate with"
                    + " the session cookie from POST /api/v1/session, an API token (Authorization: Bearer),"
                    + " or HTTP Basic; errors are RFC 9457 problem+json with stable problem types."))
public class FloorReadyApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // Jersey enforces @RolesAllowed/@PermitAll on resources only with this feature registered;
    // WADL is unused (the API is described by /openapi) and its JAXB set-up slows every start.
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
        "jersey.config.server.wadl.disableWadl",
        true);
  }
}
