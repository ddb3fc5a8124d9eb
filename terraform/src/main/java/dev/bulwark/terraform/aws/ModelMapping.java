package dev.bulwark.terraform.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import java.util.Set;

/** Maps Terraform resources of some native types to a shared model; provider defaults live here. */
interface ModelMapping {
  /** The native resource types this mapping reads. */
  Set<String> types();

  /** The model of {@code resource}, one of {@link #types()}. */
  CloudModel map(Resource resource, Module module);
}
