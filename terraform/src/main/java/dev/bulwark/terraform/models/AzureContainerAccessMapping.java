package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code azurerm_storage_container}: its {@code container_access_type} ({@code private} by default) opens it to
 * anonymous readers when {@code blob} or {@code container}, unless the storage account it belongs to (through
 * {@code storage_account_id} or {@code storage_account_name}) sets {@code allow_nested_items_to_be_public} (before
 * provider v3, {@code allow_blob_public_access}) to false (true by default since v3); not blocked when the account is
 * not in the unit.
 */
final class AzureContainerAccessMapping implements ModelMapping {
  /** The access levels that let anyone read blobs without signing in. */
  static final Set<String> ANONYMOUS = Set.of("blob", "container");
  private static final String NESTED_PUBLIC = "allow_nested_items_to_be_public";
  /** The name {@link #NESTED_PUBLIC} had before provider v3. */
  private static final String BLOB_PUBLIC = "allow_blob_public_access";

  @Override
  public Set<String> types() {
    return Set.of("azurerm_storage_container");
  }

  @Override
  public List<CloudModel> map(Resource container, Module module) {
    Located<String> level = container.attribute("container_access_type").map(Located::text)
        .orElseGet(() -> Located.byDefault("private", "container_access_type", container.range()));
    Fact blocked = Stream.of("storage_account_id", "storage_account_name")
        .flatMap(attribute -> module.referredTo(container, attribute).stream())
        .filter(account -> account.type().equals("azurerm_storage_account"))
        .findFirst()
        .map(account -> Fact.of(account.attributes(), account.attributes().entry(NESTED_PUBLIC).isEmpty()
            && account.attributes().entry(BLOB_PUBLIC).isPresent() ? BLOB_PUBLIC : NESTED_PUBLIC, true,
            account.range()).negated())
        .orElseGet(() -> Fact.byDefault(false, NESTED_PUBLIC, container.range()));
    return List.of(DatasetAccess.ofSetting(container, level, ANONYMOUS).unless(blocked));
  }
}
