package dev.bulwark.terraform;

import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.terraform.hcl.Body;

/** A file of a unit that parsed, with its text. */
record ParsedFile(SourceText source, Body body) {
  /** The file name, e.g. {@code terraform.tfvars}. */
  String name() {
    String path = source.path();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
