package dev.bulwark.terraform;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.terraform.hcl.Body;

/**
 * A resource with the syntax it was declared by, kept while its unit is analysed (references are found in the
 * syntax). {@code body} is the block's body, or for a local value a body holding just that attribute.
 */
record Declaration(Resource resource, Body body) {}
