package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.PostgresLogging;
import dev.bulwark.core.value.MapEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code azure.azcollection.azure_rm_postgresqlconfiguration}, unless {@code state: absent} (which resets the
 * parameter to its default): a PostgreSQL logging parameter ({@link PostgresLogging}) is on or off as its
 * {@code value} says.
 */
final class AzurePostgresConfigurationMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_postgresqlconfiguration");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    Optional<String> name = Args.entry(task.attributes(), "name").flatMap(entry -> entry.value().asString());
    Optional<MapEntry> value = Args.entry(task.attributes(), "value");
    if (Args.absent(task) || name.isEmpty() || value.isEmpty() || !PostgresLogging.isLogging(name.get())) {
      return List.of();
    }
    return List.of(PostgresLogging.set(task, name.get(), value.get().value(), value.get().range()));
  }
}
