package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.EncryptedAtRest;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/** BW301: block storage or database storage that is not encrypted at rest. */
@RuleInfo(
    id = "BW301",
    name = "storage-not-encrypted",
    title = "Storage is not encrypted at rest",
    severity = Severity.HIGH,
    category = Category.UNENCRYPTED_STORAGE,
    providers = {"aws"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `encrypted = true` on `aws_ebs_volume`, `storage_encrypted = true` on `aws_db_instance`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set `Encrypted: true` on `AWS::EC2::Volume`, `StorageEncrypted: true` on `AWS::RDS::DBInstance`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `encrypted: true` on `amazon.aws.ec2_vol` (and on each volume of `ec2_instance` or a launch "
                + "configuration), `storage_encrypted: true` on `amazon.aws.rds_instance`."),
    },
    references = {
        "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
    },
    checkov = {"CKV_AWS_3", "CKV_AWS_16"},
    kics = {"cc997676-481b-4e93-aa81-d19f8c5e9b12", "08bd0760-8752-44e1-9779-7bb369b2b4e4"},
    trivy = {"AVD-AWS-0026", "AVD-AWS-0080"})
final class UnencryptedStorageRule extends FactRule<EncryptedAtRest> {
  UnencryptedStorageRule() {
    super(EncryptedAtRest.class, false);
  }

  @Override
  Fact fact(EncryptedAtRest storage) {
    return storage.encryptedAtRest();
  }

  @Override
  String problem(EncryptedAtRest storage, String address) {
    return address + " is not encrypted at rest";
  }
}
