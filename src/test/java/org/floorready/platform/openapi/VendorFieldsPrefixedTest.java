package org.floorready.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VendorFieldsPrefixedTest {
  @Test
  void theTopLevelEndpointsFieldIsPrefixedInJsonAndYamlAndNothingElseChanges() {
    String json =
        "{\"openapi\":\"3.0.3\",\"paths\":{\"/a\":{\"get\":{\"description\":\"the \\\"endpoints\\\" list\","
            + "\"endpoints\":1}}},\"endpoints\":{\"/\":[\"/a\"]}}";
    assertThat(VendorFieldsPrefixed.prefixed(json))
        .isEqualTo(
            "{\"openapi\":\"3.0.3\",\"paths\":{\"/a\":{\"get\":{\"description\":\"the \\\"endpoints\\\" list\","
                + "\"endpoints\":1}}},\"x-endpoints\":{\"/\":[\"/a\"]}}");
    String yaml = "openapi: 3.0.3\npaths:\n  /a:\n    endpoints: 1\nendpoints:\n  /:\n  - /a\n";
    assertThat(VendorFieldsPrefixed.prefixed(yaml))
        .isEqualTo("openapi: 3.0.3\npaths:\n  /a:\n    endpoints: 1\nx-endpoints:\n  /:\n  - /a\n");
    assertThat(VendorFieldsPrefixed.prefixed("openapi: 3.0.3\n")).isEqualTo("openapi: 3.0.3\n");
  }
}
