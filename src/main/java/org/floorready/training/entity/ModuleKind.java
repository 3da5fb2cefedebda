package org.floorready.training.entity;

/** What a module of a training program teaches. */
public enum ModuleKind {
  LICENSING_PREP("Licensing preparation"),
  SYSTEMS("Systems"),
  PRODUCT("Product"),
  COMPLIANCE("Compliance"),
  SALES_SKILLS("Sales skills"),
  NESTING("Nesting on the floor"),
  OTHER("Other");

  private final String label;

  ModuleKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
