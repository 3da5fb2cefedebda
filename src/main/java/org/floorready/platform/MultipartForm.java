package org.floorready.platform;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Reads the parts of a multipart/form-data request by name (JAX-RS 3.1 EntityPart). */
public final class MultipartForm {
  private final List<EntityPart> parts;

  public MultipartForm(List<EntityPart> parts) {
    this.parts = parts == null ? List.of() : parts;
  }

  public Optional<String> text(String name) {
    return parts.stream().filter(p -> p.getName().equals(name) && p.getFileName().isEmpty()).findFirst().map(p -> {
      try {
        return p.getContent(String.class).trim();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  public List<EntityPart> files(String name) {
    return parts.stream().filter(p -> p.getName().equals(name) && p.getFileName().isPresent()).toList();
  }
}
