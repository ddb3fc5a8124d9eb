package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import java.util.List;
import java.util.Set;

/** Maps tasks calling some modules to shared models; the modules' defaults live here. */
interface ModuleMapping {
  /** The fully qualified names of the modules this mapping reads. */
  Set<String> modules();

  /** The models a task calling one of {@link #modules()} declares (none, one, or one per volume, say). */
  List<CloudModel> map(Resource task, UnitResources unit);
}
