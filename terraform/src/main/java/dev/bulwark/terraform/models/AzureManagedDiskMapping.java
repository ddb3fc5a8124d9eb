package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code azurerm_managed_disk}. Azure encrypts every managed disk at rest (server-side encryption with a platform
 * key), so a disk is encrypted unless its {@code encryption_settings} turn encryption off explicitly
 * ({@code enabled = false}, provider versions before 4). A {@code disk_encryption_set_id} or
 * {@code secure_vm_disk_encryption_set_id} chooses a customer key. The same holds for the disks a virtual machine or
 * scale set declares: its {@code os_disk}, and each {@code data_disk} of a scale set.
 */
final class AzureManagedDiskMapping implements ModelMapping {
  private static final String SETTINGS = "encryption_settings";
  private static final String DISK = "azurerm_managed_disk";

  @Override
  public Set<String> types() {
    return Set.of(DISK, "azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine",
        "azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set");
  }

  @Override
  public List<CloudModel> map(Resource resource, Module module) {
    if (resource.type().equals(DISK)) {
      return List.of(new BlockVolume(resource, encrypted(resource), customerKey(resource.attributes(),
          resource.range())));
    }
    List<CloudModel> disks = new ArrayList<>();
    for (String block : List.of("os_disk", "data_disk")) {
      for (MapValue disk : NestedBlocks.of(resource.attributes(), block).known()) {
        disks.add(new BlockVolume(resource, Fact.byDefault(true, block, disk.range()),
            customerKey(disk, disk.range())));
      }
    }
    return disks;
  }

  private static Fact encrypted(Resource disk) {
    NestedBlocks settings = NestedBlocks.of(disk.attributes(), SETTINGS);
    if (settings.isMissing()) {
      return Fact.byDefault(true, SETTINGS, disk.range());
    }
    List<MapValue> known = settings.known();
    if (known.isEmpty()) {
      return Fact.unknown(SETTINGS, settings.entry().orElseThrow().range(), List.of());
    }
    MapValue block = known.get(0);
    Fact enabled = Fact.of(block, "enabled", true, block.range());
    return new Fact(enabled.truth(), SETTINGS + ".enabled", enabled.range(), enabled.byDefault(), enabled.origin(),
        enabled.condition(), enabled.alternatives());
  }

  private static Fact customerKey(MapValue disk, Range header) {
    for (String key : List.of("disk_encryption_set_id", "secure_vm_disk_encryption_set_id")) {
      if (disk.entry(key).isPresent()) {
        Fact set = KmsKeys.customerManaged(disk, key, header);
        if (!set.isFalse()) {
          return set;
        }
      }
    }
    return Fact.byDefault(false, "disk_encryption_set_id", header);
  }
}
