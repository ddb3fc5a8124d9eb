package dev.bulwark.terraform;

import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.terraform.hcl.Body;
import java.util.List;
import java.util.Map;

/** The instances of one {@code resource} or {@code data} block in a module instance. */
final class ResourceGroup extends InstanceGroup<ResourceInstance> {
  private final ModuleDefinition.ResourceBlock declaration;

  ResourceGroup(ModuleInstance module, ModuleDefinition.ResourceBlock declaration) {
    super(module, declaration.block(), module.prefix() + declaration.address());
    this.declaration = declaration;
  }

  @Override
  ResourceInstance instance(Expansion.Member member, ResourceId id) {
    return new ResourceInstance(this, id, new InstanceScope(module, member.bindings()));
  }

  ModuleDefinition.ResourceBlock declaration() {
    return declaration;
  }

  ResourceKind kind() {
    return declaration.data() ? ResourceKind.DATA : ResourceKind.MANAGED;
  }

  /** The block's attributes and nested blocks by name, meta-arguments left out. */
  Map<String, List<Body.Item>> shape() {
    return declaration.shape();
  }
}
