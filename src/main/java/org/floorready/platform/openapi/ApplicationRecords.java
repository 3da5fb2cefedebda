package org.floorready.platform.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The records of FloorReady's own classes by simple name, found where the class loader has them (a
 * folder of the exploded WAR, or a jar). Names used by more than one record map to all of them.
 */
final class ApplicationRecords {
  private static final String ROOT = "org/floorready";

  private ApplicationRecords() {}

  static Map<String, List<Class<?>>> bySimpleName(ClassLoader loader) {
    List<String> names = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(ROOT))) {
        names.addAll(classNames(url));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names.stream()
        .distinct()
        .map(name -> load(loader, name))
        .filter(java.util.Objects::nonNull)
        .collect(Collectors.groupingBy(Class::getSimpleName));
  }

  private static List<String> classNames(URL url) throws IOException {
    if ("file".equals(url.getProtocol())) {
      Path root;
      try {
        root = Path.of(url.toURI());
      } catch (URISyntaxException e) {
        return List.of();
      }
      Path base = root;
      for (int i = 0; i < ROOT.split("/").length; i++) {
        base = base.getParent();
      }
      Path classes = base;
      try (Stream<Path> files = Files.walk(root)) {
        return files
            .map(f -> classes.relativize(f).toString().replace('\\', '/'))
            .filter(f -> f.endsWith(".class"))
            .map(ApplicationRecords::className)
            .toList();
      }
    }
    if ("jar".equals(url.getProtocol())
        && url.openConnection() instanceof JarURLConnection connection) {
      try (JarFile jar = new JarFile(connection.getJarFileURL().getFile())) {
        return jar.stream()
            .map(e -> e.getName())
            .filter(n -> n.startsWith(ROOT) && n.endsWith(".class"))
            .map(ApplicationRecords::className)
            .toList();
      }
    }
    return List.of();
  }

  private static String className(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }

  /** The class if it is a record that loads cleanly (a stale or broken class file is skipped). */
  private static Class<?> load(ClassLoader loader, String name) {
    try {
      Class<?> c = Class.forName(name, false, loader);
      return c.isRecord() && !c.getSimpleName().isEmpty() ? c : null;
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
