package org.floorready.platform.openapi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The schema of a Java record, from its components: every component a property of the type the JSON
 * binding writes (dates and instants as ISO strings, enums as their names, collections as arrays of
 * their element type), other records as references, and the components that must be present as
 * {@code required}. Payara's scanner leaves out record components without annotations and the
 * element types of annotated collections; this is the schema clients actually exchange.
 */
final class RecordSchemas {
  private final Set<String> components;
  private final Set<Class<?>> inProgress = new java.util.HashSet<>();

  /** {@code components}: names of the document's component schemas, which records refer to. */
  RecordSchemas(Set<String> components) {
    this.components = components;
  }

  Schema of(Class<?> record) {
    Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
    List<String> required = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      Schema property = forType(component.getGenericType());
      schema.addProperty(component.getName(), property);
      if (mustBePresent(component) || component.getType().isPrimitive()) {
        required.add(component.getName());
      }
    }
    if (!required.isEmpty()) {
      schema.required(required);
    }
    return schema;
  }

  private static boolean mustBePresent(RecordComponent component) {
    AnnotatedElement field = field(component);
    return has(component, field, NotNull.class)
        || has(component, field, NotBlank.class)
        || has(component, field, NotEmpty.class);
  }

  private static AnnotatedElement field(RecordComponent component) {
    try {
      return component.getDeclaringRecord().getDeclaredField(component.getName());
    } catch (NoSuchFieldException e) {
      return component;
    }
  }

  private static boolean has(
      RecordComponent component,
      AnnotatedElement field,
      Class<? extends java.lang.annotation.Annotation> annotation) {
    return component.isAnnotationPresent(annotation) || field.isAnnotationPresent(annotation);
  }

  Schema forType(Type type) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        Schema array =
            OASFactory.createSchema().type(SchemaType.ARRAY).items(forType(arguments[0]));
        if (Set.class.isAssignableFrom(raw)) {
          array.uniqueItems(true);
        }
        return array;
      }
      if (Map.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .additionalPropertiesSchema(forType(arguments[1]));
      }
      return forType(raw);
    }
    if (!(type instanceof Class<?> c)) {
      return OASFactory.createSchema();
    }
    if (c == String.class || c == char.class || c == Character.class) {
      return simple(SchemaType.STRING, null);
    }
    if (c == boolean.class || c == Boolean.class) {
      return simple(SchemaType.BOOLEAN, null);
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return simple(SchemaType.INTEGER, "int32");
    }
    if (c == long.class || c == Long.class || c == BigInteger.class) {
      return simple(SchemaType.INTEGER, "int64");
    }
    if (c == double.class
        || c == Double.class
        || c == float.class
        || c == Float.class
        || c == BigDecimal.class) {
      return simple(SchemaType.NUMBER, null);
    }
    if (c == LocalDate.class) {
      return simple(SchemaType.STRING, "date");
    }
    if (c == Instant.class
        || c == OffsetDateTime.class
        || c == ZonedDateTime.class
        || c == LocalDateTime.class) {
      return simple(SchemaType.STRING, "date-time");
    }
    if (c == LocalTime.class) {
      return simple(SchemaType.STRING, null).pattern("^\\d{2}:\\d{2}(:\\d{2})?$");
    }
    if (c == YearMonth.class) {
      return simple(SchemaType.STRING, null).pattern("^\\d{4}-\\d{2}$");
    }
    if (c == ZoneId.class || c == Duration.class) {
      return simple(SchemaType.STRING, null);
    }
    if (c == UUID.class) {
      return simple(SchemaType.STRING, "uuid");
    }
    if (c.isArray()) {
      return OASFactory.createSchema().type(SchemaType.ARRAY).items(forType(c.getComponentType()));
    }
    if (c.isEnum()) {
      if (components.contains(c.getSimpleName())) {
        return OASFactory.createSchema().ref(c.getSimpleName());
      }
      return simple(SchemaType.STRING, null)
          .enumeration(
              Arrays.stream(c.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
    }
    if (components.contains(c.getSimpleName())) {
      return OASFactory.createSchema().ref(c.getSimpleName());
    }
    if (c.isRecord() && inProgress.add(c)) {
      try {
        return of(c);
      } finally {
        inProgress.remove(c);
      }
    }
    // JSON values, maps without types, anything else: any JSON value
    return OASFactory.createSchema();
  }

  private static Schema simple(SchemaType type, String format) {
    Schema schema = OASFactory.createSchema().type(type);
    return format == null ? schema : schema.format(format);
  }

  /**
   * Copies what the scanner learned from Bean Validation (lengths, patterns, bounds, item counts)
   * onto the property made from the record.
   */
  static void keepConstraints(Schema scanned, Schema made) {
    if (scanned == null || made == null || made.getRef() != null) {
      return;
    }
    if (made.getMaxLength() == null) {
      made.setMaxLength(scanned.getMaxLength());
    }
    if (made.getMinLength() == null
        && scanned.getMinLength() != null
        && scanned.getMinLength() > 0) {
      made.setMinLength(scanned.getMinLength());
    }
    if (made.getPattern() == null) {
      made.setPattern(scanned.getPattern());
    }
    if (made.getMinimum() == null) {
      made.setMinimum(scanned.getMinimum());
    }
    if (made.getMaximum() == null) {
      made.setMaximum(scanned.getMaximum());
    }
    if (made.getMinItems() == null) {
      made.setMinItems(scanned.getMinItems());
    }
    if (made.getMaxItems() == null) {
      made.setMaxItems(scanned.getMaxItems());
    }
    if (made.getDescription() == null) {
      made.setDescription(scanned.getDescription());
    }
  }
}
