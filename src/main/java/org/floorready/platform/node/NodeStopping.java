package org.floorready.platform.node;

import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/**
 * The last moments of a node that was asked to stop: it takes no new request, so that nothing
 * arrives while it shuts down. Nothing was done; the same request succeeds on another node (a proxy
 * retries a GET there by itself).
 */
@ProblemType(value = "node-stopping", status = 503, title = "This server is stopping")
public class NodeStopping extends Refusal {

  public NodeStopping() {
    super("This server is stopping and did nothing with the request; send it again.");
  }
}
