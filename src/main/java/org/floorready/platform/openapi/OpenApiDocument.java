package org.floorready.platform.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes /openapi a document any OpenAPI tool reads without a complaint and that tells the truth
 * about every body (the filter {@code mp.openapi.filter} names). Payara 6.2025.10's scanner gives
 * each operation its Java method name as id (so {@code list} and {@code get} repeat), declares a
 * tag once per class that uses it, keeps a JAX-RS regular expression in a path template, and builds
 * the schema of a request record from its Bean Validation annotations alone (unannotated components
 * missing, collections without item types). Here: ids are made unique from the path, tags declared
 * once, templates plain with the choices as an enum, and every component schema named after one
 * record is made from that record ({@link RecordSchemas}), keeping the scanner's constraints.
 */
public class OpenApiDocument implements OASFilter {
  private static final Pattern REGEX_TEMPLATE = Pattern.compile("\\{(\\w+)\\s*:\\s*([^}]*)}");
  private final PagedOperations paging = new PagedOperations();

  @Override
  public Operation filterOperation(Operation operation) {
    return paging.filterOperation(operation);
  }

  @Override
  public void filterOpenAPI(OpenAPI api) {
    declareTagsOnce(api);
    plainPathTemplates(api);
    uniqueOperationIds(api);
    schemasFromRecords(api, OpenApiDocument.class.getClassLoader());
    dropUnreferenced(api);
  }

  static void declareTagsOnce(OpenAPI api) {
    if (api.getTags() == null) {
      return;
    }
    Map<String, Tag> once = new LinkedHashMap<>();
    for (Tag tag : api.getTags()) {
      once.merge(
          tag.getName(), tag, (first, other) -> first.getDescription() != null ? first : other);
    }
    api.setTags(new ArrayList<>(once.values()));
  }

  /** {@code /{action: hold|resume}} becomes {@code /{action}} with the choices as its enum. */
  static void plainPathTemplates(OpenAPI api) {
    if (api.getPaths() == null) {
      return;
    }
    for (String path : new ArrayList<>(api.getPaths().getPathItems().keySet())) {
      Matcher m = REGEX_TEMPLATE.matcher(path);
      if (!m.find()) {
        continue;
      }
      PathItem item = api.getPaths().getPathItem(path);
      Map<String, List<Object>> choices = new HashMap<>();
      StringBuilder plain = new StringBuilder();
      m.reset();
      while (m.find()) {
        String regex = m.group(2).trim();
        if (regex.matches("[\\w-]+(\\|[\\w-]+)*")) {
          choices.put(m.group(1), List.<Object>of((Object[]) regex.split("\\|")));
        }
        m.appendReplacement(plain, Matcher.quoteReplacement("{" + m.group(1) + "}"));
      }
      m.appendTail(plain);
      for (Operation operation : item.getOperations().values()) {
        if (operation.getParameters() == null) {
          continue;
        }
        for (Parameter parameter : operation.getParameters()) {
          List<Object> values = choices.get(parameter.getName());
          if (parameter.getIn() == Parameter.In.PATH && values != null) {
            parameter.setSchema(
                OASFactory.createSchema().type(Schema.SchemaType.STRING).enumeration(values));
          }
        }
      }
      api.getPaths().removePathItem(path);
      api.getPaths().addPathItem(plain.toString(), item);
    }
  }

  /**
   * A repeated id becomes the method name followed by the path's words: listUsers, getUsersById.
   */
  static void uniqueOperationIds(OpenAPI api) {
    if (api.getPaths() == null) {
      return;
    }
    Map<String, Integer> uses = new HashMap<>();
    forEachOperation(
        api, (path, operation) -> uses.merge(operation.getOperationId(), 1, Integer::sum));
    Set<String> taken = new HashSet<>();
    forEachOperation(
        api,
        (path, operation) -> {
          String id = operation.getOperationId();
          if (id == null || uses.get(id) > 1) {
            String base = (id == null ? "call" : id) + words(path);
            String unique = base;
            for (int n = 2; taken.contains(unique); n++) {
              unique = base + n;
            }
            operation.setOperationId(unique);
          }
          taken.add(operation.getOperationId());
        });
  }

  private static String words(String path) {
    StringBuilder words = new StringBuilder();
    for (String segment : path.replaceFirst("^/api/v\\d+", "").split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      boolean parameter = segment.startsWith("{");
      String word = segment.replaceAll("[{}]", "");
      if (parameter) {
        words.append("By");
      }
      for (String part : word.split("[^A-Za-z0-9]+")) {
        if (!part.isEmpty()) {
          words.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
      }
    }
    return words.toString();
  }

  private static void forEachOperation(
      OpenAPI api, java.util.function.BiConsumer<String, Operation> action) {
    new java.util.TreeMap<>(api.getPaths().getPathItems())
        .forEach(
            (path, item) ->
                new java.util.TreeMap<>(item.getOperations())
                    .forEach((method, operation) -> action.accept(path, operation)));
  }

  static void schemasFromRecords(OpenAPI api, ClassLoader loader) {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    Map<String, List<Class<?>>> records = new HashMap<>();
    ApplicationRecords.bySimpleName(loader)
        .forEach(
            (simple, classes) -> {
              for (Class<?> record : classes) {
                records.computeIfAbsent(schemaName(record), k -> new ArrayList<>()).add(record);
              }
            });
    RecordSchemas maker = new RecordSchemas(new LinkedHashSet<>(schemas.keySet()));
    for (String name : new ArrayList<>(schemas.keySet())) {
      List<Class<?>> candidates = records.get(name);
      if (candidates == null || candidates.size() != 1) {
        continue;
      }
      Schema scanned = schemas.get(name);
      Schema made = maker.of(candidates.get(0));
      if (scanned.getProperties() != null && made.getProperties() != null) {
        scanned
            .getProperties()
            .forEach(
                (property, schema) ->
                    RecordSchemas.keepConstraints(schema, made.getProperties().get(property)));
      }
      if (scanned.getDescription() != null) {
        made.setDescription(scanned.getDescription());
      }
      api.getComponents().addSchema(name, made);
    }
  }

  private static String schemaName(Class<?> record) {
    org.eclipse.microprofile.openapi.annotations.media.Schema named =
        record.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    return named != null && !named.name().isEmpty() ? named.name() : record.getSimpleName();
  }

  /** Component schemas no operation reaches (left over from the scanner's validation pass). */
  static void dropUnreferenced(OpenAPI api) {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return;
    }
    Set<String> reached = new HashSet<>();
    java.util.Deque<Schema> todo = new java.util.ArrayDeque<>();
    forEachOperation(
        api,
        (path, operation) -> {
          if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> add(todo, p.getSchema()));
          }
          if (operation.getRequestBody() != null
              && operation.getRequestBody().getContent() != null) {
            operation
                .getRequestBody()
                .getContent()
                .getMediaTypes()
                .values()
                .forEach(m -> add(todo, m.getSchema()));
          }
          if (operation.getResponses() != null) {
            operation
                .getResponses()
                .getAPIResponses()
                .values()
                .forEach(
                    r -> {
                      if (r.getContent() != null) {
                        r.getContent()
                            .getMediaTypes()
                            .values()
                            .forEach(m -> add(todo, m.getSchema()));
                      }
                    });
          }
        });
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    while (!todo.isEmpty()) {
      Schema schema = todo.pop();
      if (schema.getRef() != null) {
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        if (reached.add(name)) {
          add(todo, schemas.get(name));
        }
      }
      if (schema.getProperties() != null) {
        schema.getProperties().values().forEach(p -> add(todo, p));
      }
      add(todo, schema.getItems());
      add(todo, schema.getAdditionalPropertiesSchema());
      for (List<Schema> group :
          java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
        if (group != null) {
          group.forEach(g -> add(todo, g));
        }
      }
    }
    for (String name : new ArrayList<>(schemas.keySet())) {
      if (!reached.contains(name)) {
        api.getComponents().removeSchema(name);
      }
    }
  }

  private static void add(java.util.Deque<Schema> todo, Schema schema) {
    if (schema != null) {
      todo.push(schema);
    }
  }
}
