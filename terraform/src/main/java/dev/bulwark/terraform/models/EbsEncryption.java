package dev.bulwark.terraform.models;

import dev.bulwark.core.model.Fact;

/**
 * The unit's account setting for new EBS volumes: {@code aws_ebs_encryption_by_default} ({@code enabled} defaults to
 * true).
 */
final class EbsEncryption {
  private EbsEncryption() {}

  /** Whether the unit turns on EBS encryption by default, so that a volume without {@code encrypted} is encrypted. */
  static boolean byDefault(Module module) {
    return module.ofType("aws_ebs_encryption_by_default").stream()
        .anyMatch(setting -> Fact.of(setting.attributes(), "enabled", true, setting.range()).isTrue());
  }
}
