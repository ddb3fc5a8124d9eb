package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DmsEndpoints;
import dev.bulwark.core.model.KmsKeys;
import java.util.List;
import java.util.Set;

/**
 * {@code community.aws.dms_endpoint} (unless {@code state: absent}): its database connection's encryption,
 * {@code sslmode} by {@code enginename}; the module sends {@code none} when the task leaves {@code sslmode} out.
 */
final class DmsEndpointMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("community.aws.dms_endpoint");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    if (Args.absent(task)) {
      return List.of();
    }
    return DmsEndpoints.models(task, Args.entry(task.attributes(), "enginename"),
        Args.entry(task.attributes(), "sslmode"), "sslmode", task.range(),
        KmsKeys.customerManaged(task.attributes(), "kmskeyid", task.range()));
  }
}
