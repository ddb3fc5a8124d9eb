package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The EBS devices in the {@code BlockDeviceMappings} of {@code AWS::EC2::Instance},
 * {@code AWS::AutoScaling::LaunchConfiguration} and {@code AWS::EC2::LaunchTemplate} (under
 * {@code LaunchTemplateData}), as one block volume per resource: unencrypted when some device's {@code Ebs} is
 * (the first such device is the location), unknown when some device's is not known, encrypted otherwise. A device's
 * {@code Encrypted} defaults to false, unless it has a {@code SnapshotId} (it then takes the snapshot's
 * encryption: unknown); a missing one is located at the device's {@code Ebs} key. Without an EBS device, the
 * volumes come from the image: unknown. The key is the customer's when every EBS device names a {@code KmsKeyId}
 * other than an AWS managed key's alias.
 */
final class BlockDevicesMapping implements ModelMapping {
  private static final String LAUNCH_TEMPLATE = "AWS::EC2::LaunchTemplate";

  @Override
  public Set<String> types() {
    return Set.of("AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration", LAUNCH_TEMPLATE);
  }

  @Override
  public List<CloudModel> map(Resource resource, Stack stack) {
    Optional<MapValue> owner = resource.type().equals(LAUNCH_TEMPLATE)
        ? resource.attributes().get("LaunchTemplateData").flatMap(Value::asMap)
        : Optional.of(resource.attributes());
    List<Value> mappings = owner.flatMap(data -> data.get("BlockDeviceMappings")).flatMap(Value::asList)
        .orElse(List.of());
    Fact encrypted = null;
    Fact customerKey = null;
    for (int i = 0; i < mappings.size(); i++) {
      Optional<MapEntry> ebs = mappings.get(i).asMap().flatMap(mapping -> mapping.entry("Ebs"))
          .filter(entry -> !(entry.value() instanceof NullValue));
      Optional<MapValue> device = ebs.flatMap(entry -> entry.value().asMap());
      if (device.isEmpty()) {
        continue;
      }
      String path = "BlockDeviceMappings[" + i + "].Ebs.";
      encrypted = weakest(encrypted, renamed(encrypted(device.get(), ebs.get()), path));
      customerKey = weakest(customerKey,
          renamed(KmsKeys.customerManaged(device.get(), "KmsKeyId", ebs.get().range()), path));
    }
    Fact none = Fact.unknown("BlockDeviceMappings", resource.range(), List.of());
    return List.of(new BlockVolume(resource, encrypted == null ? none : encrypted,
        customerKey == null ? none : customerKey));
  }

  private static Fact encrypted(MapValue device, MapEntry ebs) {
    boolean fromSnapshot = device.entry("SnapshotId").isPresent();
    if (device.entry("Encrypted").isEmpty() && fromSnapshot) {
      return Fact.unknown("Encrypted", ebs.range(), List.of());
    }
    return Fact.of(device, "Encrypted", false, ebs.range());
  }

  /** The weaker of two facts: one that may be false, else one that is unknown, else the first. */
  private static Fact weakest(Fact first, Fact next) {
    if (first == null || first.when(false).isEmpty() && next.when(false).isPresent()) {
      return next;
    }
    return first.isTrue() ? next : first;
  }

  private static Fact renamed(Fact fact, String path) {
    return new Fact(fact.truth(), path + fact.attribute(), fact.range(), fact.byDefault(), fact.origin(),
        fact.condition(), fact.alternatives().stream().map(alternative -> renamed(alternative, path)).toList());
  }
}
