package org.floorready.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Features depend one way (STYLE.md, "Features depend one way"): the order below is the one place
 * it is written. A lower feature that must tell a higher one something fires a CDI event.
 */
class FeatureDependenciesTest {

  /** From the bottom up; features in one line are siblings and do not use each other. */
  static final List<List<String>> ORDER =
      List.of(
          List.of("platform"),
          List.of("security"),
          List.of("notification"),
          List.of("requisition", "resume"),
          List.of("candidate"),
          List.of("application"),
          List.of("interview"),
          List.of("training"),
          List.of("offer"),
          List.of("licensing"),
          List.of("reporting"),
          List.of("quality"));

  @Test
  void theMainSourcesFollowTheDeclaredOrder() {
    assertThat(
            new FeatureDependencies("org.floorready", ORDER).violations(Path.of("src/main/java")))
        .isEmpty();
  }

  @Test
  void theCheckerFindsAnImportAgainstTheOrderABesideImportAndACycle(@TempDir Path root)
      throws IOException {
    write(root, "low/A.java", "package acme.low;\nimport acme.high.B;\nclass A {}");
    write(root, "high/B.java", "package acme.high;\nimport acme.low.A;\nclass B {}");
    write(root, "left/C.java", "package acme.left.entity;\nclass C { acme.right.D d; }");
    write(root, "right/D.java", "package acme.right;\nclass D {}");
    write(
        root,
        "high/E.java",
        "package acme.high;\n// a query string counts too\nclass E { String q = \"acme.low.A\"; }");
    FeatureDependencies checker =
        new FeatureDependencies(
            "acme", List.of(List.of("low"), List.of("left", "right"), List.of("high")));

    assertThat(checker.violations(root))
        .anyMatch(p -> p.contains("'low' uses 'high', which is above it"))
        .anyMatch(p -> p.contains("'left' uses 'right', which is beside it"))
        .anyMatch(p -> p.startsWith("cycle: ") && p.contains("low") && p.contains("high"))
        .noneMatch(p -> p.contains("'high' uses 'low'"));
  }

  @Test
  void theCheckerPassesAOneWayTreeAndNamesUnknownFeatures(@TempDir Path root) throws IOException {
    write(root, "low/A.java", "package acme.low;\nclass A {}");
    write(root, "high/B.java", "package acme.high;\nimport acme.low.A;\nclass B {}");
    FeatureDependencies checker =
        new FeatureDependencies("acme", List.of(List.of("low"), List.of("high")));
    assertThat(checker.violations(root)).isEmpty();

    write(root, "stray/S.java", "package acme.stray;\nclass S {}");
    assertThat(checker.violations(root))
        .containsExactly("feature 'stray' is not in the declared order");
  }

  private static void write(Path root, String file, String source) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, source);
  }
}
