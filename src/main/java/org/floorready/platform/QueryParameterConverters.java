package org.floorready.platform;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query parameters that are not what their operation expects ({@code page=abc}, {@code size=1.5},
 * an unknown enum value) answer 400 naming the parameter, as invalid input does; JAX-RS alone
 * answers such a query parameter with 404, as if the address did not exist.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(
      Class<T> type, Type genericType, Annotation[] annotations) {
    String name =
        Arrays.stream(annotations)
            .filter(QueryParam.class::isInstance)
            .map(a -> ((QueryParam) a).value())
            .findFirst()
            .orElse(null);
    if (name == null) {
      return null;
    }
    if (type == Integer.class) {
      return (ParamConverter<T>) converter(name, Integer::valueOf, "must be a whole number");
    }
    if (type == Long.class) {
      return (ParamConverter<T>) converter(name, Long::valueOf, "must be a whole number");
    }
    if (type == java.time.Instant.class) {
      return (ParamConverter<T>)
          converter(
              name,
              QueryParameterConverters::instant,
              "must be a time with its offset, such as 2026-03-09T15:00:00Z");
    }
    if (type == java.time.LocalDate.class) {
      return (ParamConverter<T>)
          converter(
              name,
              text -> {
                try {
                  return java.time.LocalDate.parse(text);
                } catch (java.time.DateTimeException wrong) {
                  throw new IllegalArgumentException(wrong);
                }
              },
              "must be a date such as 2026-03-09");
    }
    if (type.isEnum()) {
      Class<? extends Enum> enumType = (Class<? extends Enum>) type;
      String choices =
          Arrays.stream(enumType.getEnumConstants())
              .map(Enum::name)
              .collect(Collectors.joining(", "));
      return (ParamConverter<T>)
          converter(
              name,
              text -> Enum.valueOf(enumType, text.strip().toUpperCase(Locale.ROOT)),
              "must be one of " + choices);
    }
    return null;
  }

  private static java.time.Instant instant(String text) {
    try {
      return java.time.OffsetDateTime.parse(text).toInstant();
    } catch (java.time.DateTimeException wrong) {
      throw new IllegalArgumentException(wrong);
    }
  }

  private static <V> ParamConverter<V> converter(
      String name, Function<String, V> parse, String message) {
    return new ParamConverter<>() {
      @Override
      public V fromString(String value) {
        if (value == null || value.isBlank()) {
          return null;
        }
        try {
          return parse.apply(value.strip());
        } catch (IllegalArgumentException wrong) {
          // a WebApplicationException passes through JAX-RS as it is; the mapper answers its cause
          throw new BadRequestException(new InvalidInput(name, message));
        }
      }

      @Override
      public String toString(V value) {
        return value == null ? null : value.toString();
      }
    };
  }
}
