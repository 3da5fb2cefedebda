package org.floorready.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every named refusal has a stable problem type of its own, and the README lists it. */
class ProblemTypesTest {

  static List<Class<?>> refusals() throws IOException {
    Path classes = Path.of("target/classes");
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> type = Class.forName(name, false, ProblemTypesTest.class.getClassLoader());
          if (Refusal.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
            found.add(type);
          }
        } catch (ClassNotFoundException | LinkageError notLoadableHere) {
          // classes of the child JVM need libraries this test does not load eagerly; none is a
          // refusal
        }
      }
    }
    return found;
  }

  @Test
  void everyRefusalHasItsOwnProblemTypeListedInTheReadme() throws IOException {
    List<Class<?>> refusals = refusals();
    assertThat(refusals).hasSizeGreaterThan(20);
    assertThat(refusals)
        .allSatisfy(
            r -> assertThat(r.getAnnotation(ProblemType.class)).as(r.getName()).isNotNull());

    Map<String, List<String>> byType =
        refusals.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.getAnnotation(ProblemType.class).value(),
                    Collectors.mapping(Class::getName, Collectors.toList())));
    assertThat(byType).allSatisfy((type, classes) -> assertThat(classes).as(type).hasSize(1));
    assertThat(byType.keySet()).allMatch(type -> type.matches("[a-z]+(-[a-z]+)*"));

    String readme = Files.readString(Path.of("README.md"));
    assertThat(byType.keySet())
        .allSatisfy(type -> assertThat(readme).contains("`/problems/" + type + "`"));
  }

  @Test
  void aRefusalBecomesAProblemWithItsTypeStatusAndTitle() {
    Problem problem = Problem.of(new StaleEdit("Reload it."));
    assertThat(problem.type()).hasToString("/problems/stale-edit");
    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.title()).isEqualTo("Changed by someone else");
    assertThat(problem.detail()).isEqualTo("Reload it.");
    assertThat(Problem.of(404, "Not Found", "No such thing.").type()).hasToString("about:blank");
  }
}
