package dev.bulwark.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import dev.bulwark.core.model.CustomerKeyed;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.EncryptedAtRest;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.rule.RuleInfo;

/**
 * BW305 (opt-in): volumes, disks and data stores encrypted with a key the provider manages rather than one the
 * customer controls (for policies that require customer-managed keys).
 */
@RuleInfo(
    id = "BW305",
    name = "storage-not-encrypted-with-customer-key",
    title = "Storage is not encrypted with a customer-managed key",
    severity = Severity.LOW,
    category = Category.UNENCRYPTED_STORAGE,
    providers = {"aws", "azure", "gcp"},
    remediation = {
        @RuleInfo.Remediation(format = "terraform",
            text = "Set a `kms_key_id` of your own `aws_kms_key` on EBS volumes and devices, EFS and Kinesis; a "
                + "`kms_master_key_id` on SNS topics and SQS queues; `server_side_encryption { enabled = true "
                + "kms_key_arn = ... }` on DynamoDB tables; a `disk_encryption_set_id` on `azurerm_managed_disk`; a "
                + "`disk_encryption_key` on Google Cloud disks; a `kms_key_id` on `aws_cloudwatch_log_group` and "
                + "`aws_secretsmanager_secret`; `encryption_configuration { encryption_type = \"KMS\" kms_key = ... }` "
                + "on `aws_ecr_repository`; an `encryption_config` for `secrets` with a `provider { key_arn }` on "
                + "`aws_eks_cluster`; a `kms_key_id` on `aws_sagemaker_notebook_instance` and a `kms_key_arn` on "
                + "`aws_sagemaker_endpoint_configuration`; `server_side_encryption { enabled = true key_type = "
                + "\"CUSTOMER_MANAGED_CMK\" key_arn = ... }` on `aws_kinesis_firehose_delivery_stream`; an "
                + "`sse_aws_kms_key_id` in the `encryption_at_rest` of `aws_glue_data_catalog_encryption_settings`; an "
                + "`encryption_info { encryption_at_rest_kms_key_arn = ... }` on `aws_msk_cluster`, and "
                + "`encryption_options { use_aws_owned_key = false kms_key_id = ... }` on `aws_mq_broker`; a "
                + "`kms_key_arn` on `aws_backup_vault`; a `kms_key_id` on `aws_cloudtrail`, on RDS instances and "
                + "Aurora, DocumentDB and Redshift clusters, and "
                + "a `kms_key_arn` on `aws_neptune_cluster`; a `customer_managed_key` block (or an "
                + "`azurerm_storage_account_customer_managed_key`) for `azurerm_storage_account`; an "
                + "`encryption_key_name` on `google_sql_database_instance` and a "
                + "`default_encryption_configuration { kms_key_name = ... }` on `google_bigquery_dataset`; a "
                + "`kms_key_name` on `google_pubsub_topic`; an `encrypt_at_rest { enabled = true kms_key_id = ... }` "
                + "on `aws_opensearch_domain` and `aws_elasticsearch_domain`; a `kms_key_id` on "
                + "`aws_elasticache_replication_group`; a `kms_key_arn` on an `aws_lambda_function` that sets "
                + "`environment` variables; a `key_id` on a `SecureString` `aws_ssm_parameter`; a Cloud KMS key on "
                + "Google Cloud stores: "
                + "`encryption_configuration { kms_key_name }` on `google_bigquery_table` (or a default key on its "
                + "dataset), `encryption_config { kms_key_name }` on `google_spanner_database` and "
                + "`google_alloydb_cluster`, a `kms_key_name` in each `cluster` of `google_bigtable_instance` and in "
                + "`cluster_config.encryption_config` of `google_dataproc_cluster`, `encryption_spec { kms_key_name }` "
                + "on `google_vertex_ai_dataset`, `google_vertex_ai_endpoint`, `google_vertex_ai_featurestore`, "
                + "`google_vertex_ai_tensorboard` and `google_vertex_ai_metadata_store`, a `kms_key_name` on "
                + "`google_dataflow_job`, `google_artifact_registry_repository`, `google_filestore_instance` and "
                + "`google_document_ai_processor`, and a "
                + "`customer_managed_key` on `google_redis_instance`. Name a key of your own in the `kms_key_id` of "
                + "`aws_kinesis_video_stream`, `aws_cloudtrail_event_data_store` and `aws_imagebuilder_component`, "
                + "the `encryption_key` of `aws_codeartifact_domain` and `aws_codebuild_project`, the "
                + "`customer_encryption_key_arn` of `aws_bedrockagent_agent`, and the `kms_key_arn` of "
                + "`aws_scheduler_schedule`, `aws_dms_replication_instance`, `aws_dms_endpoint` and "
                + "`aws_memorydb_snapshot`, the `kms_arn` of `aws_appflow_flow` and `aws_appflow_connector_profile`, "
                + "an `encryption_configuration` with `type = \"CUSTOMER_KMS\"` and a `key_id` on Network Firewall "
                + "firewalls, policies and rule groups; a "
                + "`key_vault_key_id` on `azurerm_cosmosdb_account`."),
        @RuleInfo.Remediation(format = "cloudformation",
            text = "Set a `KmsKeyId` of your own key on `AWS::EC2::Volume` and `AWS::EFS::FileSystem`, a "
                + "`KmsMasterKeyId` on `AWS::SNS::Topic` and `AWS::SQS::Queue`, a `KeyId` in the `StreamEncryption` "
                + "of `AWS::Kinesis::Stream`, `SSESpecification` with a `KMSMasterKeyId` on DynamoDB tables, a "
                + "`KmsKeyId` on `AWS::Logs::LogGroup` and `AWS::SecretsManager::Secret`, and "
                + "`EncryptionConfiguration: {EncryptionType: KMS, KmsKey: ...}` on `AWS::ECR::Repository`, an "
                + "`EncryptionConfig` for `secrets` with a `Provider.KeyArn` on `AWS::EKS::Cluster`, and a `KmsKeyId` "
                + "on `AWS::SageMaker::NotebookInstance` and `AWS::SageMaker::EndpointConfig`, and "
                + "`DeliveryStreamEncryptionConfigurationInput: {KeyType: CUSTOMER_MANAGED_CMK, KeyARN: ...}` on "
                + "`AWS::KinesisFirehose::DeliveryStream`, and an `SseAwsKmsKeyId` in the `EncryptionAtRest` of "
                + "`AWS::Glue::DataCatalogEncryptionSettings`; `EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId` on "
                + "`AWS::MSK::Cluster`, and `EncryptionOptions: {UseAwsOwnedKey: false, KmsKeyId: ...}` on "
                + "`AWS::AmazonMQ::Broker`; an `EncryptionKeyArn` on `AWS::Backup::BackupVault`; a `KMSKeyId` on "
                + "`AWS::CloudTrail::Trail`, and a `KmsKeyId` on RDS, DocumentDB, Neptune and Redshift databases; "
                + "`EncryptionAtRestOptions: {Enabled: true, KmsKeyId: ...}` on `AWS::OpenSearchService::Domain` and "
                + "`AWS::Elasticsearch::Domain`; a `KmsKeyId` on `AWS::ElastiCache::ReplicationGroup`; a "
                + "`KmsKeyArn` on `AWS::Lambda::Function` and `AWS::Serverless::Function` with "
                + "`Environment.Variables`. Name a key of your own in the `KmsKeyId` of `AWS::KinesisVideo::Stream`, "
                + "`AWS::CloudTrail::EventDataStore`, `AWS::ImageBuilder::Component`, `AWS::DMS::ReplicationInstance` "
                + "and `AWS::DMS::Endpoint`, the `EncryptionKey` of `AWS::CodeArtifact::Domain` and "
                + "`AWS::CodeBuild::Project`, the `CustomerEncryptionKeyArn` of `AWS::Bedrock::Agent` and the "
                + "`KmsKeyArn` of `AWS::Scheduler::Schedule`, and the `KMSArn` of `AWS::AppFlow::Flow` and "
                + "`AWS::AppFlow::ConnectorProfile`."),
        @RuleInfo.Remediation(format = "ansible",
            text = "Set a `kms_key_id` of your own key on `amazon.aws.ec2_vol`, on the `ebs` of each volume of "
                + "`amazon.aws.ec2_instance`, on `community.aws.efs`, `amazon.aws.cloudwatchlogs_log_group` and "
                + "`community.aws.secretsmanager_secret`; `encryption_configuration: {encryption_type: KMS, kms_key: "
                + "...}` on `community.aws.ecs_ecr`; `encryption: {kms_key_id: ...}` on `community.aws.msk_cluster`; "
                + "a `kms_key_id` on `community.aws.mq_broker`; a `key_id` on `community.aws.kinesis_stream`; a "
                + "`disk_encryption_key` with a `kms_key_name` on `google.cloud.gcp_compute_disk`; a `kms_key_id` on "
                + "`amazon.aws.cloudtrail`, `amazon.aws.rds_instance` and `amazon.aws.rds_cluster`; an "
                + "`encryption_key_arn` on `amazon.aws.backup_vault`; a "
                + "`disk_encryption_configuration.kms_key_name` on `google.cloud.gcp_sql_instance` and a "
                + "`default_encryption_configuration.kms_key_name` on `google.cloud.gcp_bigquery_dataset`; a "
                + "`kms_key_name` on `google.cloud.gcp_pubsub_topic`; a `kms_master_key_id` on "
                + "`community.aws.sqs_queue`; `encryption_at_rest_options: {enabled: true, kms_key_id: ...}` on "
                + "`community.aws.opensearch`; a `kms_key_arn` on `amazon.aws.lambda` with `environment_variables`; "
                + "a `key_id` on a `SecureString` `community.aws.ssm_parameter`; a `kmskeyid` on "
                + "`community.aws.dms_endpoint`."),
    },
    references = {
        "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt",
        "https://cloud.google.com/compute/docs/disks/customer-managed-encryption",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
        "https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html",
        "https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html",
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
    },
    checkov = {"CKV_AWS_119", "CKV_AWS_184", "CKV_AWS_185", "CKV_AWS_189", "CKV_AZURE_93", "CKV_GCP_37", "CKV2_AWS_73",
        "CKV_AWS_158", "CKV_AWS_149", "CKV_AWS_136", "CKV_AWS_58", "CKV_AWS_22", "CKV_AWS_98", "CKV_AWS_241",
        "CKV_AWS_209", "CKV_AWS_35", "CKV_AWS_142", "CKV2_AZURE_1",
        "CKV_AWS_166", "CKV_AWS_247", "CKV_AWS_191", "CKV_GCP_80", "CKV_GCP_84", "CKV_GCP_85", "CKV_GCP_90",
        "CKV_GCP_91", "CKV_GCP_92", "CKV_GCP_93", "CKV_AWS_173", "CKV_AWS_337", "CKV_AWS_178", "CKV_AWS_179",
        "CKV_AWS_190", "CKV_AWS_203", "CKV_AWS_160", "CKV_AWS_187", "CKV_AWS_182", "CKV_AWS_347", "CKV_AWS_327",
        "CKV_AWS_201", "CKV_AWS_265", "CKV_AWS_282", "CKV_AWS_177", "CKV_AWS_294", "CKV_AWS_221", "CKV_AWS_147",
        "CKV_AWS_373", "CKV_AWS_297", "CKV_AWS_180", "CKV_AWS_212", "CKV_AWS_296", "CKV_GCP_81", "CKV_GCP_83",
        "CKV_GCP_38", "CKV_AZURE_100", "CKV_AWS_263", "CKV_AWS_264", "CKV_AWS_278", "CKV_AWS_345", "CKV_AWS_346",
        "CKV2_GCP_24", "CKV2_GCP_25", "CKV2_GCP_26", "CKV_GCP_96", "CKV2_GCP_22"},
    cfnNag = {"W37", "W47", "W48", "W49", "W74"},
    kics = {"b1d51728-7270-4991-ac2f-fc26e2695b38", "092bae86-6105-4802-99d2-99cd7e7431f3",
        "b7063015-6c31-4658-a8e7-14f98f37fd42", "b1a72f66-2236-4f3b-87ba-0da1b366956f",
        "63ebcb19-2739-4d3f-aa5c-e8bbb9b85281", "709e6da6-fa1f-44cc-8f17-7f25f96dadbe",
        "58b35504-0287-4154-bf69-02c0573deab8", "3db3f534-e3a3-487f-88c7-0a9fbf64b702",
        "316278b3-87ac-444c-8f8f-a733a28da60f"},
    trivy = {"AVD-AWS-0025", "AVD-AWS-0135", "AVD-AWS-0136", "AVD-GCP-0034", "AVD-AWS-0027",
        "AVD-AWS-0017", "AVD-AWS-0098", "AVD-AWS-0033", "AVD-AWS-0039", "AVD-AWS-0015", "AVD-AWS-0022",
        "AVD-AWS-0128", "AVD-AWS-0084", "AVD-AZU-0060"},
    enabledByDefault = false)
final class CustomerKeyRule extends FactRule<CustomerKeyed> {
  CustomerKeyRule() {
    super(CustomerKeyed.class, false);
  }

  @Override
  Fact fact(CustomerKeyed storage) {
    return storage.customerManagedKey();
  }

  @Override
  String problem(CustomerKeyed storage, String address) {
    return storage instanceof DataStore store && store.kind().equals(DataStore.ENVIRONMENT)
        ? "The environment variables of " + address + " are not encrypted with a customer-managed key"
        : address + " is not encrypted with a customer-managed key";
  }

  @Override
  String detail(CustomerKeyed storage, Fact fact) {
    if (storage instanceof EncryptedAtRest store && store.encryptedAtRest().isFalse()
        && !(storage instanceof DataStore data && data.isSnapshot())) {
      return "it is not encrypted at all (`" + store.encryptedAtRest().attribute() + "`), which BW301 reports";
    }
    return FactText.ofSnapshot(storage, fact, "encrypted with one").orElseGet(() -> detail(fact));
  }

  @Override
  String detail(Fact fact) {
    return FactText.providerKey(fact);
  }
}
