package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import java.util.List;
import java.util.Set;

/**
 * Maps the calls of one registry module, by its address, unless one of the module's creation flags is known false.
 */
abstract class RegistryModuleMapping implements ModelMapping {
  private final String address;
  private final String[] createFlags;

  /**
   * @param address     the module's registry address, e.g. {@code terraform-aws-modules/rds/aws}
   * @param createFlags the inputs that turn the modelled resource off when false, e.g. {@code create_db_instance}
   */
  RegistryModuleMapping(String address, String... createFlags) {
    this.address = address;
    this.createFlags = createFlags.clone();
  }

  @Override
  public final Set<String> types() {
    return Set.of(address);
  }

  @Override
  public final List<CloudModel> map(Resource call, Module module) {
    return ModuleArguments.creates(call, createFlags) ? models(call, module) : List.of();
  }

  /** The models of a call that creates its resource: its {@link #model}, unless a mapping reads more. */
  List<CloudModel> models(Resource call, Module module) {
    return List.of(model(call));
  }

  /** The model of a call that creates its resource. */
  abstract CloudModel model(Resource call);
}
