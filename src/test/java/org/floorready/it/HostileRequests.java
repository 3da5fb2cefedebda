package org.floorready.it;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hostile values for the parameters and JSON bodies an OpenAPI document describes: what an attacker
 * sends to every operation (deep nesting, nulls in arrays, huge numbers, long strings, control
 * characters, wrong types), each body otherwise well formed so that it reaches the code behind the
 * first check.
 */
final class HostileRequests {
  static final String LONG = "x".repeat(100_000);
  static final String CONTROL = "a\u0000b\u0007c\u202ed\uFEFF";
  static final String DEEP = "[".repeat(100_000) + "]".repeat(100_000);

  private final OpenAPI api;

  HostileRequests(OpenAPI api) {
    this.api = api;
  }

  /** Values for a path or query parameter that no handler should meet with a 500. */
  List<String> values(Parameter parameter) {
    List<String> values = new ArrayList<>(List.of("", "%00", "-1", "0"));
    Schema<?> schema = resolve(parameter.getSchema());
    if (schema instanceof ArraySchema array) {
      schema = resolve(array.getItems());
    }
    String type = schema == null ? "string" : String.valueOf(schema.getType());
    switch (type) {
      case "integer", "number" ->
          values.addAll(
              List.of("99999999999999999999", "2147483648", "1.5", "1e400", "abc", "-0x10"));
      case "boolean" -> values.add("maybe");
      default -> {
        values.addAll(List.of("x".repeat(5_000), "' or 1=1 --", "%E2%80%AE", "%FF%FE"));
        if (schema != null && schema.getEnum() != null) {
          values.add("NO_SUCH_VALUE");
        }
      }
    }
    return values;
  }

  /**
   * Hostile JSON bodies for a request schema: whole-body oddities, then each field made hostile.
   */
  List<String> bodies(Schema<?> requestSchema) {
    List<String> bodies =
        new ArrayList<>(
            List.of(
                DEEP,
                "{\"a\":" + DEEP + "}",
                "null",
                "[]",
                "[null]",
                "{}",
                "\"" + CONTROL + "\"",
                "1e400",
                "{\"a\":1,",
                "{\"\u0000\":1}"));
    Schema<?> schema = resolve(requestSchema);
    if (schema instanceof ArraySchema array) {
      Object item = sample(array.getItems(), 0);
      bodies.add(json(List.of(item, item)));
      bodies.add(json(java.util.Arrays.asList(item, null)));
      bodies.add("[" + DEEP + "]");
      return bodies;
    }
    if (schema == null || schema.getProperties() == null) {
      return bodies;
    }
    Map<String, Object> valid = sampleObject(schema, 0);
    bodies.add(json(valid));
    for (String field : schema.getProperties().keySet()) {
      for (Object hostile : hostileValues()) {
        Map<String, Object> body = new LinkedHashMap<>(valid);
        body.put(field, hostile);
        bodies.add(json(body));
      }
    }
    return bodies;
  }

  private static List<Object> hostileValues() {
    List<Object> values = new ArrayList<>();
    values.add(null);
    values.add(java.util.Arrays.asList((Object) null));
    values.add(new java.math.BigDecimal("1e20"));
    values.add(new java.math.BigDecimal("-1e20"));
    values.add(new java.math.BigDecimal("1e400"));
    values.add(LONG);
    values.add(CONTROL);
    values.add(Map.of());
    values.add(List.of(LONG));
    values.add(Boolean.TRUE);
    return values;
  }

  private Map<String, Object> sampleObject(Schema<?> schema, int depth) {
    Map<String, Object> object = new LinkedHashMap<>();
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((name, property) -> object.put(name, sample(property, depth)));
    }
    return object;
  }

  private Object sample(Schema<?> raw, int depth) {
    Schema<?> schema = resolve(raw);
    if (schema == null || depth > 4) {
      return null;
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return schema.getEnum().get(0);
    }
    if (schema instanceof ArraySchema array) {
      return List.of(sample(array.getItems(), depth + 1));
    }
    String type = String.valueOf(schema.getType());
    String format = String.valueOf(schema.getFormat());
    return switch (type) {
      case "integer" -> 1;
      case "number" -> 1.5;
      case "boolean" -> true;
      case "object" -> sampleObject(schema, depth + 1);
      default ->
          switch (format) {
            case "date" -> "2027-01-15";
            case "date-time" -> "2027-01-15T10:00:00Z";
            default -> "sample";
          };
    };
  }

  Schema<?> resolve(Schema<?> schema) {
    Schema<?> current = schema;
    for (int hops = 0; current != null && current.get$ref() != null && hops < 10; hops++) {
      String name = current.get$ref().substring(current.get$ref().lastIndexOf('/') + 1);
      current = api.getComponents().getSchemas().get(name);
    }
    return current;
  }

  static String json(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      StringBuilder out = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          default -> {
            if (c < 0x20) {
              out.append("\\u%04x".formatted((int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      return out.append('"').toString();
    }
    if (value instanceof Map<?, ?> map) {
      List<String> fields = new ArrayList<>();
      map.forEach((k, v) -> fields.add(json(String.valueOf(k)) + ":" + json(v)));
      return "{" + String.join(",", fields) + "}";
    }
    if (value instanceof List<?> list) {
      return "[" + String.join(",", list.stream().map(HostileRequests::json).toList()) + "]";
    }
    if (value instanceof java.math.BigDecimal number) {
      return number.toString().replace("E+", "e");
    }
    return String.valueOf(value);
  }
}
