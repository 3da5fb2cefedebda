package org.floorready.platform.database;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Maps camelCase fields to snake_case columns (createdAt → created_at), the convention of the
 * Flyway migrations, so entities need no {@code @Column(name = ...)} on every field.
 */
public class SnakeCaseColumns implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      for (DatabaseMapping mapping : descriptor.getMappings()) {
        if (mapping instanceof DirectToFieldMapping direct
            && !mapping.isAbstractCompositeDirectCollectionMapping()) {
          DatabaseField field = direct.getField();
          if (field.getName().equalsIgnoreCase(mapping.getAttributeName())) {
            field.setName(snakeCase(mapping.getAttributeName()));
          }
        }
      }
    }
  }

  static String snakeCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
