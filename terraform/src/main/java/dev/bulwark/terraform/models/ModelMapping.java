package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import java.util.List;
import java.util.Set;

/**
 * Maps Terraform resources (or calls of registry modules) of some native types to shared models; provider and
 * module defaults live here.
 */
interface ModelMapping {
  /** The native types this mapping reads: resource types, or registry module addresses. */
  Set<String> types();

  /** The models of {@code resource}, one of {@link #types()}; none when it declares nothing to model. */
  List<CloudModel> map(Resource resource, Module module);
}
