package dev.bulwark.terraform.hcl;

import dev.bulwark.core.Range;

/** A node of the HCL syntax tree; every node has its exact source range. */
public interface Node {
  /** The node's source range (end column exclusive). */
  Range range();
}
