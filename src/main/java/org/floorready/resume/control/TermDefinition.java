package org.floorready.resume.control;

import java.util.Arrays;
import java.util.List;

/**
 * A canonical name and the other ways resumes write it. An alias written with a leading "=" must
 * match its case exactly (for names that are also ordinary words, such as "=Teams").
 */
public record TermDefinition(String name, List<String> aliases) {

  public TermDefinition {
    name = name.strip();
    aliases = aliases.stream().map(String::strip).filter(alias -> !alias.isEmpty()).toList();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a term needs a name");
    }
  }

  /** Reads one "Name|alias|alias" line. */
  public static TermDefinition parse(String line) {
    List<String> parts = Arrays.asList(line.split("\\|"));
    return new TermDefinition(parts.get(0), parts.subList(1, parts.size()));
  }
}
