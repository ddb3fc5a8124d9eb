package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The EBS block devices of {@code aws_instance} and {@code aws_launch_configuration} ({@code root_block_device},
 * {@code ebs_block_device}), of {@code aws_ami} ({@code ebs_block_device}) and of {@code aws_launch_template}
 * ({@code block_device_mappings { ebs { ... } }}), read by {@link EbsDevices}. A resource that declares no device
 * (its volumes come from the image) has no model.
 */
final class InstanceStorageMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_instance", "aws_launch_configuration", "aws_ami", "aws_launch_template");
  }

  @Override
  public List<CloudModel> map(Resource resource, Module module) {
    boolean byDefault = EbsEncryption.byDefault(module);
    if (resource.type().equals("aws_launch_template")) {
      return EbsDevices.nested(resource, resource.attributes(), "block_device_mappings", byDefault);
    }
    List<CloudModel> volumes = new ArrayList<>();
    if (!resource.type().equals("aws_ami")) {
      volumes.addAll(EbsDevices.of(resource, resource.attributes(), "root_block_device", byDefault));
    }
    volumes.addAll(EbsDevices.of(resource, resource.attributes(), "ebs_block_device", byDefault));
    return volumes;
  }
}
