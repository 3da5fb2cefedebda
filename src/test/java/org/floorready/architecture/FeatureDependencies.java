package org.floorready.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads which feature uses which from the sources (every {@code org.floorready.<feature>} a file
 * names: imports, static imports and qualified names in code and query strings) and checks them
 * against the declared order of features: a feature may use only features of a lower rank; features
 * of one rank do not use each other. Answers every violation and every cycle, as sentences.
 */
final class FeatureDependencies {

  private static final Pattern PACKAGE =
      Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
  private final String base;
  private final List<List<String>> ranks;

  /**
   * @param ranks the features from the bottom up; the features of one rank are siblings
   */
  FeatureDependencies(String base, List<List<String>> ranks) {
    this.base = base;
    this.ranks = ranks;
  }

  /** Feature → the features its sources name, with one file that names each (for the message). */
  Map<String, Map<String, String>> read(Path sourceRoot) {
    Pattern named = Pattern.compile(Pattern.quote(base) + "\\.([a-z]+)\\.");
    Map<String, Map<String, String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String source = Files.readString(file);
        Matcher declared = PACKAGE.matcher(source);
        if (!declared.find() || !declared.group(1).startsWith(base + ".")) {
          continue;
        }
        String feature = declared.group(1).substring(base.length() + 1).split("\\.")[0];
        Map<String, String> used = uses.computeIfAbsent(feature, f -> new TreeMap<>());
        Matcher other = named.matcher(source.substring(declared.end()));
        while (other.find()) {
          if (!other.group(1).equals(feature)) {
            used.putIfAbsent(other.group(1), sourceRoot.relativize(file).toString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return uses;
  }

  List<String> violations(Path sourceRoot) {
    Map<String, Map<String, String>> uses = read(sourceRoot);
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < ranks.size(); i++) {
      for (String feature : ranks.get(i)) {
        rank.put(feature, i);
      }
    }
    List<String> problems = new ArrayList<>();
    uses.forEach(
        (feature, used) -> {
          if (!rank.containsKey(feature)) {
            problems.add("feature '" + feature + "' is not in the declared order");
            return;
          }
          used.forEach(
              (other, file) -> {
                Integer otherRank = rank.get(other);
                if (otherRank == null) {
                  problems.add(file + " uses '" + other + "', which is not in the declared order");
                } else if (otherRank >= rank.get(feature)) {
                  problems.add(
                      file
                          + ": '"
                          + feature
                          + "' uses '"
                          + other
                          + "', which is "
                          + (otherRank.equals(rank.get(feature)) ? "beside it" : "above it")
                          + " in the declared order");
                }
              });
        });
    cycles(uses).forEach(cycle -> problems.add("cycle: " + String.join(" -> ", cycle)));
    return problems;
  }

  /** Every feature that can reach itself, with one path that shows it. */
  static Set<List<String>> cycles(Map<String, Map<String, String>> uses) {
    Set<List<String>> found = new LinkedHashSet<>();
    Set<String> reported = new TreeSet<>();
    for (String start : uses.keySet()) {
      List<String> path =
          pathBack(start, start, uses, new ArrayList<>(List.of(start)), new TreeSet<>());
      if (path != null && reported.add(String.join(",", new TreeSet<>(path)))) {
        found.add(path);
      }
    }
    return found;
  }

  private static List<String> pathBack(
      String target,
      String at,
      Map<String, Map<String, String>> uses,
      List<String> path,
      Set<String> seen) {
    for (String next : uses.getOrDefault(at, Map.of()).keySet()) {
      if (next.equals(target)) {
        List<String> cycle = new ArrayList<>(path);
        cycle.add(target);
        return cycle;
      }
      if (seen.add(next)) {
        path.add(next);
        List<String> found = pathBack(target, next, uses, path, seen);
        if (found != null) {
          return found;
        }
        path.remove(path.size() - 1);
      }
    }
    return null;
  }
}
