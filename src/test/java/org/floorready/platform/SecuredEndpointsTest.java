package org.floorready.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails the build when a REST method is neither @RolesAllowed nor explicitly @PermitAll. */
class SecuredEndpointsTest {

  @Test
  void everyResourceMethodDeclaresWhoMayCallIt() throws Exception {
    List<Class<?>> resources = resourceClasses();
    assertThat(resources).as("resource classes found").hasSizeGreaterThan(3);
    List<String> unguarded = new ArrayList<>();
    for (Class<?> resource : resources) {
      for (Method method : resource.getDeclaredMethods()) {
        boolean endpoint =
            Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
        if (endpoint && !guarded(method) && !guarded(resource)) {
          unguarded.add(resource.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertThat(unguarded).as("endpoints without @RolesAllowed or @PermitAll").isEmpty();
  }

  private static boolean guarded(AnnotatedElement element) {
    return element.isAnnotationPresent(RolesAllowed.class)
        || element.isAnnotationPresent(PermitAll.class)
        || element.isAnnotationPresent(DenyAll.class);
  }

  private static List<Class<?>> resourceClasses() throws IOException {
    java.nio.file.Path root = Paths.get("target/classes");
    List<Class<?>> found = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(root)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> type = Class.forName(name, false, SecuredEndpointsTest.class.getClassLoader());
          if (type.isAnnotationPresent(Path.class)) {
            found.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // classes that need the server's runtime cannot be loaded here and are not resources
        }
      }
    }
    return found;
  }
}
