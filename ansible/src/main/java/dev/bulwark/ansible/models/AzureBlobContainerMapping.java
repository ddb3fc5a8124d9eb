package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code azure.azcollection.azure_rm_storageblob}, unless {@code state} is {@code absent}: the container the task
 * creates is open to anonymous readers when its {@code public_access} is {@code blob} or {@code container} (private
 * when left out), unless an {@code azure_rm_storageaccount} task of the unit whose {@code name} is the task's
 * {@code storage_account_name} sets {@code allow_blob_public_access} to false. Left out there, the account is read as
 * allowing it, as the module documents (it sends nothing, which Azure reads as allowing); where the account refuses,
 * the task that asks for a public container fails, so wherever it applies the container is public. When the blob
 * task's account name, or an account task's name, is not known, an account task that may be the container's and may
 * disallow public access leaves it unknown.
 */
final class AzureBlobContainerMapping implements ModuleMapping {
  /** The access levels that let anyone read blobs without signing in. */
  private static final Set<String> ANONYMOUS = Set.of("blob", "container");
  private static final String ACCOUNT = "azure.azcollection.azure_rm_storageaccount";
  private static final String ALLOW = "allow_blob_public_access";

  @Override
  public Set<String> modules() {
    return Set.of("azure.azcollection.azure_rm_storageblob");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    if (Args.absent(task)) {
      return List.of();
    }
    Located<String> level = Args.entry(task.attributes(), "public_access").map(Located::text)
        .orElseGet(() -> Located.byDefault("private", "public_access", task.range()));
    return List.of(DatasetAccess.ofSetting(task, level, ANONYMOUS).unless(blocked(task, unit)));
  }

  /**
   * Whether the storage account tasks of the unit that may declare the container's account disallow public access:
   * as the task naming that account says; unknown when a task whose name, or the blob task's account name, is not
   * known may disallow it; not blocked when no task may be the account's.
   */
  private static Fact blocked(Resource task, UnitResources unit) {
    Optional<String> named = name(task, "storage_account_name", "account_name", "storage_account");
    List<Fact> guards = new ArrayList<>();
    for (Resource account : unit.calling(ACCOUNT)) {
      if (Args.absent(account)) {
        continue;
      }
      Optional<String> name = name(account, "name");
      Fact blocks = Args.flag(account.attributes(), ALLOW, true, account.range()).negated();
      if (named.isPresent() && named.equals(name)) {
        guards.add(blocks);
      } else if ((named.isEmpty() || name.isEmpty()) && !blocks.isFalse()) {
        guards.add(Fact.unknown(blocks.attribute(), blocks.range(), blocks.origin()));
      }
    }
    return guards.isEmpty() ? Fact.byDefault(false, ALLOW, task.range()) : Fact.any(guards);
  }

  private static Optional<String> name(Resource task, String... names) {
    return Args.entry(task.attributes(), names).flatMap(entry -> entry.value().asString());
  }
}
