package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.ApiCache;
import dev.bulwark.core.model.CacheCluster;
import dev.bulwark.core.model.EncryptedAtRest;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;
import java.util.Set;

/**
 * BW301: storage that is not encrypted at rest: block volumes (EBS volumes and the devices of instances, launch
 * templates and configurations, AMIs; managed disks), data stores (EFS, Kinesis streams and Firehose delivery
 * streams, SNS, SQS), database storage, the Glue Data Catalog, and snapshots of unencrypted volumes and databases.
 * Object storage buckets are not reported here: S3 and Cloud Storage encrypt every object.
 */
@RuleInfo(
    id = "BW301",
    name = "storage-not-encrypted",
    title = "Storage is not encrypted at rest",
    severity = Severity.HIGH,
    category = Category.UNENCRYPTED_STORAGE,
    providers = {"aws", "azure"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set `encrypted = true` on `aws_ebs_volume`, on each `root_block_device` / `ebs_block_device` of "
                + "`aws_instance`, `aws_launch_configuration` and `aws_ami`, on the `ebs` of `aws_launch_template` "
                + "`block_device_mappings`, and on `aws_efs_file_system`; leave `aws_ebs_encryption_by_default` "
                + "`enabled`; set `encryption_type = \"KMS\"` on `aws_kinesis_stream`, a `kms_master_key_id` on "
                + "`aws_sns_topic`, and keep `sqs_managed_sse_enabled` (or a `kms_master_key_id`) on `aws_sqs_queue`; "
                + "set `server_side_encryption { enabled = true }` on `aws_kinesis_firehose_delivery_stream`; "
                + "remove `encryption_settings { enabled = false }` from `azurerm_managed_disk` and "
                + "`transparent_data_encryption_enabled = false` from `azurerm_mssql_database`. For databases: "
                + "`storage_encrypted = true` on RDS/Aurora/DocumentDB/Neptune clusters and global clusters, "
                + "`encrypted` on Redshift, "
                + "`at_rest_encryption_enabled` on ElastiCache replication groups (a Redis `aws_elasticache_cluster` "
                + "outside one cannot be encrypted: declare a replication group), "
                + "`server_side_encryption { enabled = true }` on DAX, "
                + "`encrypt_at_rest` on OpenSearch. Set `root_volume_encryption_enabled` and "
                + "`user_volume_encryption_enabled` on `aws_workspaces_workspace`, and `cache_data_encrypted = true` "
                + "in the `settings` of the `aws_api_gateway_method_settings` of a stage with a cache cluster (for "
                + "every method, `method_path = \"*/*\"`, and for each that caches). A snapshot is "
                + "encrypted when its source is: encrypt the source, or copy the snapshot with "
                + "`aws_ebs_snapshot_copy` and `encrypted = true`. In the `configuration` of "
                + "`aws_emr_security_configuration`, set `EncryptionConfiguration.EnableAtRestEncryption` to true. Set "
                + "the `catalog_encryption_mode` of `aws_glue_data_catalog_encryption_settings` to `SSE-KMS`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set `Encrypted: true` on `AWS::EC2::Volume`, on the `Ebs` of each `BlockDeviceMappings` item of "
                + "`AWS::EC2::Instance`, `AWS::EC2::LaunchTemplate` and `AWS::AutoScaling::LaunchConfiguration`, and "
                + "on `AWS::EFS::FileSystem`; add `StreamEncryption` to `AWS::Kinesis::Stream`, a `KmsMasterKeyId` to "
                + "`AWS::SNS::Topic`, and keep `SqsManagedSseEnabled` (or a `KmsMasterKeyId`) on `AWS::SQS::Queue`; "
                + "add "
                + "`DeliveryStreamEncryptionConfigurationInput` to `AWS::KinesisFirehose::DeliveryStream`. "
                + "For databases: `StorageEncrypted: true` on RDS/Aurora/DocumentDB/Neptune (and "
                + "`AWS::RDS::GlobalCluster`), `Encrypted` on "
                + "Redshift, `AtRestEncryptionEnabled` on `AWS::ElastiCache::ReplicationGroup` (a Redis "
                + "`AWS::ElastiCache::CacheCluster` cannot be encrypted: declare a replication group), "
                + "`SSESpecification: {SSEEnabled: true}` on "
                + "`AWS::DAX::Cluster`, `EncryptionAtRestOptions: {Enabled: true}` on OpenSearch. Set "
                + "`RootVolumeEncryptionEnabled` "
                + "and `UserVolumeEncryptionEnabled` on `AWS::WorkSpaces::Workspace`, and `CacheDataEncrypted: true` "
                + "on the `MethodSettings` of an API Gateway stage with a cache cluster (for every method, "
                + "`ResourcePath: /*` and `HttpMethod: '*'`, or a deployment's `StageDescription`). Set "
                + "`SecurityConfiguration.EncryptionConfiguration.EnableAtRestEncryption: true` on "
                + "`AWS::EMR::SecurityConfiguration`, and "
                + "`DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode: "
                + "SSE-KMS` on `AWS::Glue::DataCatalogEncryptionSettings`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set `encrypted: true` on `amazon.aws.ec2_vol`, on each volume of `ec2_instance` or a launch "
                + "configuration, and on each `device_mapping` of `amazon.aws.ec2_ami`; `encrypt: true` on "
                + "`community.aws.efs`; `encryption_state: enabled` on `community.aws.kinesis_stream`. For databases: "
                + "`storage_encrypted: true` on `amazon.aws.rds_instance` and the at-rest settings of the other "
                + "database modules. `community.aws.elasticache` creates Redis clusters that cannot be encrypted: "
                + "create a replication group with at-rest encryption by other means."),
    },
    references = {
        "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
        "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html",
        "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
        "https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html",
        "https://docs.aws.amazon.com/workspaces/latest/adminguide/encrypt-workspaces.html",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html",
        "https://docs.aws.amazon.com/firehose/latest/dev/encryption.html",
        "https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html",
    },
    checkov = {"CKV_AWS_3", "CKV_AWS_8", "CKV_AWS_16", "CKV_AWS_26", "CKV_AWS_27", "CKV_AWS_42", "CKV_AWS_43",
        "CKV_AWS_106", "CKV_AZURE_2", "CKV_AWS_5", "CKV_AWS_29", "CKV_AWS_44", "CKV_AWS_64", "CKV_AWS_74",
        "CKV_AWS_96", "CKV_AWS_204", "CKV_AWS_47", "CKV_AWS_155", "CKV_AWS_156", "CKV_AWS_308", "CKV_AWS_240",
        "CKV_AWS_94", "CKV_AWS_146", "CKV2_AZURE_25", "CKV_AZURE_241", "CKV_AWS_140", "CKV_AWS_292"},
    cfnNag = {"F1", "F25", "F26", "F27", "F28", "F30", "F32", "W47", "W48", "W49", "W54"},
    kics = {"cc997676-481b-4e93-aa81-d19f8c5e9b12", "08bd0760-8752-44e1-9779-7bb369b2b4e4",
        "8bbb242f-6e38-4127-86d4-d8f0b2687ae2", "3d3f6270-546b-443c-adb4-bb6fb2187ca6",
        "48207659-729f-4b5c-9402-f884257d794f", "4de9de27-254e-424f-bd70-4c1e95790838",
        "a99130ab-4c0e-43aa-97f8-78d4fcb30024", "28545147-2fc6-42d5-a1f9-cf226658e591",
        "6e8849c1-3aa7-40e3-9063-b85ee300f29f", "5c6dd5e7-1fe0-4cae-8f81-4c122717cef3",
        "80b7ac3f-d2b7-4577-9b10-df7913497162", "2ff8e83c-90e1-4d68-a300-6d652112e622",
        "9d13b150-a2ab-42a1-b6f4-142e41f81e52", "12726829-93ed-4d51-9cbe-13423f4299e1",
        "7f65be75-90ab-4036-8c2a-410aef7bb650", "97707503-a22c-4cd7-b7c0-f088fa7cf830",
        "4b6012e7-7176-46e4-8108-e441785eae57", "727c4fd4-d604-4df6-a179-7713d3c85e20",
        "66477506-6abb-49ed-803d-3fa174cd5f6a", "7dfb316c-a6c2-454d-b8a2-97f147b0c0ff",
        "6a647814-def5-4b85-88f5-897c19f509cd", "ffee2785-c347-451e-89f3-11aeb08e5c84",
        "e4ee3903-9225-4b6a-bdfb-e62dbadef821", "86a248ab-0e01-4564-a82a-878303e253bb",
        "bf4473f1-c8a2-4b1b-8134-bd32efabab93", "65844ba3-03a1-40a8-b3dd-919f122e8c95",
        "5beacce3-4020-4a3d-9e1d-a36f953df630", "3b316b05-564c-44a7-9c3f-405bb95e211e",
        "1a690d1d-0ae7-49fa-b2db-b75ae0dd1d3e", "bc1f9009-84a0-490f-ae09-3e0ea6d74ad6",
        "e6b4b943-6883-47a9-9739-7ada9568f8ca", "76976de7-c7b1-4f64-a94f-90c1345914c2",
        "24e16922-4330-4e9d-be8a-caa90299466a", "98d59056-f745-4ef5-8613-32bca8d40b7e",
        "656880aa-1388-488f-a6d4-8f73c23149b2", "3199c26c-7871-4cb3-99c2-10a59244ce7f",
        "cfdcabb0-fc06-427c-865b-c59f13e898ce", "862fe4bf-3eec-4767-a517-40f378886b88",
        "f11aec39-858f-4b6f-b946-0a1bf46c0c87", "b9033580-6886-401a-8631-5f19f5bb24c7",
        "89827c57-5a8a-49eb-9731-976a606d70db", "b7c9a40c-23e4-4a2d-8d39-a3352f10f288",
        "37cca703-b74c-48ba-ac81-595b53398e9b", "5b033ec8-f079-4323-b5c8-99d4620433a9",
        "01d50b14-e933-4c99-b314-6d08cd37ad35", "f2ea6481-1d31-4d40-946a-520dc6321dd7"},
    trivy = {"AVD-AWS-0026", "AVD-AWS-0008", "AVD-AWS-0131", "AVD-AWS-0037", "AVD-AWS-0064", "AVD-AWS-0095",
        "AVD-AWS-0096", "AVD-AWS-0080", "AVD-AZU-0038", "AVD-AWS-0045", "AVD-AWS-0048", "AVD-AWS-0076", "AVD-AWS-0079",
        "AVD-AWS-0021", "AVD-AWS-0023", "AVD-AWS-0109",
        "AVD-AWS-0002", "AVD-AWS-0137", "AVD-AWS-0110", "AVD-AWS-0084"})
final class UnencryptedStorageRule extends FactRule<EncryptedAtRest> {
  /** Settings that turn encryption on by naming a key or a kind of encryption, rather than by being true. */
  private static final Set<String> CHOICES = Set.of("kms_master_key_id", "KmsMasterKeyId", "encryption_type",
      "EncryptionType", "StreamEncryption", "server_side_encryption", "DeliveryStreamEncryptionConfigurationInput",
      "catalog_encryption_mode", "CatalogEncryptionMode", "EncryptionAtRest", "encryption_state");

  UnencryptedStorageRule() {
    super(EncryptedAtRest.class, false);
  }

  @Override
  Fact fact(EncryptedAtRest storage) {
    return storage.encryptedAtRest();
  }

  @Override
  String problem(EncryptedAtRest storage, String address) {
    return (storage instanceof ApiCache ? "The response cache of " + address : address) + " is not encrypted at rest";
  }

  @Override
  String detail(EncryptedAtRest storage, Fact fact) {
    if (storage instanceof CacheCluster && fact.attribute().equals(CacheCluster.STANDALONE_ENGINE)) {
      return "a Redis or Valkey cluster outside a replication group cannot be encrypted at rest; declare a "
          + "replication group with at-rest encryption instead";
    }
    return FactText.ofSnapshot(storage, fact, "encrypted").orElseGet(() -> detail(fact));
  }

  @Override
  String detail(Fact fact) {
    if (!CHOICES.contains(fact.attribute())) {
      return FactText.shouldBe(fact, true);
    }
    return fact.byDefault()
        ? "`" + fact.attribute() + "` is not set, and without it the data is stored unencrypted"
        : "`" + fact.attribute() + "` does not turn encryption on";
  }
}
