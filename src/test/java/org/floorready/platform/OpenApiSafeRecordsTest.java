package org.floorready.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Payara 6.2025.10's OpenAPI scanner throws on Bean Validation constraints on constructor
 * parameters, and /openapi then answers 500. Validated records therefore declare their canonical
 * constructor explicitly, which keeps the constraints on fields only. This keeps it so.
 */
class OpenApiSafeRecordsTest {

  @Test
  void noRecordCarriesConstraintsOnItsConstructorParameters() throws Exception {
    Path root = Paths.get("target/classes");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type;
        try {
          type = Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        if (!type.isRecord()) {
          continue;
        }
        Class<?>[] types =
            Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class[]::new);
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        for (Annotation[] annotations : canonical.getParameterAnnotations()) {
          if (Arrays.stream(annotations)
              .anyMatch(
                  a ->
                      a.annotationType().getName().startsWith("jakarta.validation")
                          || a.annotationType()
                              .isAnnotationPresent(jakarta.validation.Constraint.class))) {
            offenders.add(type.getName());
            break;
          }
        }
      }
    }
    assertThat(offenders)
        .as("records whose canonical constructor parameters carry constraints")
        .isEmpty();
  }

  /**
   * The same scanner fails on size and range constraints of resource method parameters (a PUT of a
   * list, say).
   */
  @Test
  void noResourceMethodParameterCarriesSizeOrRangeConstraints() throws Exception {
    Path root = Paths.get("target/classes");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, getClass().getClassLoader());
        for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
          for (Annotation[] annotations : method.getParameterAnnotations()) {
            if (Arrays.stream(annotations)
                .map(a -> a.annotationType().getSimpleName())
                .anyMatch(
                    n ->
                        List.of("Size", "Min", "Max", "Pattern", "DecimalMin", "DecimalMax")
                            .contains(n))) {
              offenders.add(type.getSimpleName() + "." + method.getName());
            }
          }
        }
      }
    }
    assertThat(offenders)
        .as("resource methods whose parameters carry size or range constraints")
        .isEmpty();
  }
}
