package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.TlsFloor;
import java.util.List;
import java.util.Set;

/**
 * An Azure SQL managed instance ({@code azurerm_mssql_managed_instance}, or the older
 * {@code azurerm_sql_managed_instance}) lives in a subnet of the customer's network;
 * {@code public_data_endpoint_enabled} (false by default) gives it an endpoint on the internet as well. The oldest
 * TLS version it accepts is its {@code minimum_tls_version} ({@code 1.2} by default). Its storage is not read.
 */
final class AzureManagedInstanceMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("azurerm_mssql_managed_instance", "azurerm_sql_managed_instance");
  }

  @Override
  public List<CloudModel> map(Resource instance, Module module) {
    return List.of(new DatabaseInstance(instance,
        Fact.of(instance.attributes(), "public_data_endpoint_enabled", false, instance.range()),
        Fact.unknown("storage_encrypted", instance.range(), List.of())),
        TlsFloor.of(instance, "minimum_tls_version", "1.2"));
  }
}
