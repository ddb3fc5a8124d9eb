package dev.bulwark.ansible.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code device_mapping} of {@code amazon.aws.ec2_ami} (a list of devices, or one device): each is a block
 * volume encrypted as its {@code encrypted} says. Without it, the image's volume takes the encryption of the
 * instance's volume or snapshot it is made from: unknown.
 */
final class AmiDevicesMapping implements ModuleMapping {
  @Override
  public Set<String> modules() {
    return Set.of("amazon.aws.ec2_ami");
  }

  @Override
  public List<CloudModel> map(Resource task, UnitResources unit) {
    Optional<Value> mapping = Args.entry(task.attributes(), "device_mapping").map(entry -> entry.value());
    List<Value> devices = mapping.flatMap(Value::asList).orElse(mapping.stream().toList());
    List<CloudModel> models = new ArrayList<>();
    for (int i = 0; i < devices.size(); i++) {
      Value item = devices.get(i);
      Optional<MapValue> device = item.asMap();
      if (device.isPresent()) {
        String path = mapping.flatMap(Value::asList).isPresent() ? "device_mapping[" + i + "]" : "device_mapping";
        Fact encrypted = Args.entry(device.get(), "encrypted")
            .map(entry -> Args.fact(entry.value(), path + ".encrypted", entry.range()))
            .orElseGet(() -> Fact.unknown(path + ".encrypted", item.range(), List.of()));
        models.add(new BlockVolume(task, encrypted));
      }
    }
    return models;
  }
}
