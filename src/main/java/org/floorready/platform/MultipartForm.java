package org.floorready.platform;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the parts of a multipart/form-data request by name (JAX-RS 3.1 EntityPart). Text parts are
 * read once, in the order they arrive: the parts are a stream, and reading them out of order lost
 * values.
 */
public final class MultipartForm {
  private final Map<String, String> texts = new LinkedHashMap<>();
  private final List<EntityPart> files;

  public MultipartForm(List<EntityPart> parts) {
    List<EntityPart> all = parts == null ? List.of() : parts;
    for (EntityPart part : all) {
      if (part.getFileName().isEmpty()) {
        try {
          texts.putIfAbsent(part.getName(), part.getContent(String.class).trim());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    files = all.stream().filter(p -> p.getFileName().isPresent()).toList();
  }

  public Optional<String> text(String name) {
    return Optional.ofNullable(texts.get(name));
  }

  public List<EntityPart> files(String name) {
    return files.stream().filter(p -> p.getName().equals(name)).toList();
  }
}
