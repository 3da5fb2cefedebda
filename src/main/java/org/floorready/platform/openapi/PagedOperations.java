package org.floorready.platform.openapi;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.floorready.platform.PageRequest;

/**
 * Documents the shared paging parameters ({@link PageRequest}) on every list operation marked with
 * the {@value #MARK} extension: Payara's scanner does not expand {@code @BeanParam}.
 */
public class PagedOperations implements OASFilter {
  public static final String MARK = "x-paged";

  @Override
  public Operation filterOperation(Operation operation) {
    if (operation.getExtensions() == null || !operation.getExtensions().containsKey(MARK)) {
      return operation;
    }
    operation.removeExtension(MARK);
    operation.addParameter(
        query("page", "Zero-based page number", integer(0, PageRequest.MAX_PAGE, 0)));
    operation.addParameter(query("size", "Items per page", integer(1, 500, 25)));
    operation.addParameter(
        query(
            "sort",
            "Field to sort by; a leading '-' sorts descending (e.g. -createdAt)",
            OASFactory.createSchema().type(Schema.SchemaType.STRING).pattern("-?[A-Za-z]+")));
    return operation;
  }

  private static Parameter query(String name, String description, Schema schema) {
    return OASFactory.createParameter()
        .name(name)
        .in(Parameter.In.QUERY)
        .description(description)
        .schema(schema);
  }

  private static Schema integer(Integer min, Integer max, int defaultValue) {
    Schema schema =
        OASFactory.createSchema().type(Schema.SchemaType.INTEGER).defaultValue(defaultValue);
    if (min != null) {
      schema.minimum(BigDecimal.valueOf(min));
    }
    if (max != null) {
      schema.maximum(BigDecimal.valueOf(max));
    }
    return schema;
  }
}
