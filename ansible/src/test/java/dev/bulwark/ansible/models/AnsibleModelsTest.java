package dev.bulwark.ansible.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.ansible.AnsibleProject;
import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Direction;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.KeyVault;
import dev.bulwark.core.model.LoadBalancer;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.PortRange;
import dev.bulwark.core.model.Protocol;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.core.model.Truth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnsibleModelsTest {
  @TempDir
  Path folder;

  private List<CloudModel> models(String tasks) throws IOException {
    UnitResult result = new AnsibleProject(folder).file("tasks.yml", tasks).analyze();
    assertThat(result.diagnostics()).isEmpty();
    return result.models();
  }

  private static <T> List<T> all(List<CloudModel> models, Class<T> type) {
    return models.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void rdsInstancesWithTheModulesDefaults() throws IOException {
    List<DatabaseInstance> databases = all(models("""
        - amazon.aws.rds_instance:
            id: public
            engine: mysql
            publicly_accessible: "yes"
            storage_encrypted: no
        - rds_instance: {id: defaults, engine: postgres}
        - rds_instance: {id: aurora, engine: aurora-mysql, cluster_id: c1}
        - rds_instance: {id: restored, creation_source: snapshot, snapshot_id: snap}
        - rds_instance: {id: keyed, engine: mysql, kms_key_id: alias/db}
        - rds: {command: create, instance_name: old, publicly_accessible: "true"}
        - rds: {command: facts, instance_name: old}
        - rds_instance: {id: defaults, state: stopped}
        - rds_instance: {id: defaults, publicly_accessible: true, apply_immediately: true}
        """), DatabaseInstance.class);
    assertThat(databases).extracting(db -> db.publiclyAccessible().truth()).containsExactly(Truth.TRUE,
        Truth.UNKNOWN, Truth.UNKNOWN, Truth.UNKNOWN, Truth.UNKNOWN, Truth.TRUE, Truth.UNKNOWN, Truth.TRUE);
    assertThat(databases).extracting(db -> db.storageEncrypted().truth()).containsExactly(Truth.FALSE, Truth.FALSE,
        Truth.UNKNOWN, Truth.UNKNOWN, Truth.UNKNOWN, Truth.FALSE, Truth.UNKNOWN, Truth.UNKNOWN);
    assertThat(databases.get(0).publiclyAccessible().range()).isEqualTo(Range.ofLine("tasks.yml", 4, 5, 31));
    assertThat(databases.get(1).storageEncrypted().byDefault()).isTrue();
    assertThat(databases.get(1).storageEncrypted().range()).isEqualTo(Range.ofLine("tasks.yml", 6, 3, 15));
  }

  @Test
  void theLegacyRdsModuleLeavesPublicAccessToTheVpcAndCannotEncrypt() throws IOException {
    List<DatabaseInstance> databases = all(models("""
        - rds: {command: create, instance_name: plain, db_engine: postgres}
        - rds: {command: create, instance_name: aurora, db_engine: aurora}
        """), DatabaseInstance.class);
    assertThat(databases).extracting(db -> db.publiclyAccessible().truth())
        .containsExactly(Truth.UNKNOWN, Truth.UNKNOWN);
    assertThat(databases).extracting(db -> db.storageEncrypted().truth()).containsExactly(Truth.FALSE, Truth.UNKNOWN);
    assertThat(databases.get(0).storageEncrypted().byDefault()).isTrue();
  }

  @Test
  void aClassicLoadBalancersAccessLogsAreOnUnlessDisabled() throws IOException {
    List<LoadBalancer> balancers = all(models("""
        - elb_classic_lb: {name: none, zones: [a], listeners: [{protocol: http, load_balancer_port: 80}]}
        - elb_classic_lb: {name: given, zones: [a], access_logs: {s3_location: logs}}
        - elb_classic_lb: {name: off, zones: [a], access_logs: {enabled: false, s3_location: logs}}
        """), LoadBalancer.class);
    assertThat(balancers).extracting(balancer -> balancer.accessLogs().truth())
        .containsExactly(Truth.FALSE, Truth.TRUE, Truth.FALSE);
    assertThat(balancers.get(0).accessLogs().byDefault()).isTrue();
  }

  @Test
  void aClassicLoadBalancerTaskThatCannotCreateTheBalancerAndOmitsAccessLogsLeavesThemUnknown() throws IOException {
    List<LoadBalancer> balancers = all(models("""
        - elb_classic_lb: {name: no-listeners, zones: [a]}
        - elb_classic_lb: {name: no-placement, listeners: [{protocol: http, load_balancer_port: 80}]}
        - elb_classic_lb: {name: empty-lists, zones: [], subnets: [s-1], listeners: []}
        - elb_classic_lb: {name: instances-only, instance_ids: [i-1]}
        - elb_classic_lb: {name: turned-off, instance_ids: [i-1], access_logs: {enabled: false}}
        - elb_classic_lb: {name: may-create, subnets: [s-1], listeners: "{{ lb_listeners }}"}
        - module_defaults:
            amazon.aws.elb_classic_lb:
              zones: [a]
              listeners: [{protocol: http, load_balancer_port: 80}]
          block:
            - elb_classic_lb: {name: created-with-defaults}
        """), LoadBalancer.class);
    assertThat(balancers).extracting(balancer -> balancer.accessLogs().truth()).containsExactly(Truth.UNKNOWN,
        Truth.UNKNOWN, Truth.UNKNOWN, Truth.UNKNOWN, Truth.FALSE, Truth.FALSE, Truth.FALSE);
    assertThat(balancers.get(0).accessLogs().attribute()).isEqualTo("access_logs");
    assertThat(balancers.get(0).accessLogs().range().startLine()).isEqualTo(1);
    assertThat(balancers.get(4).accessLogs().byDefault()).isFalse();
    assertThat(balancers.get(5).accessLogs().byDefault()).isTrue();
    assertThat(balancers.get(6).accessLogs().byDefault()).isTrue();
  }

  @Test
  void securityGroupRulesWithProtocolPortsAndEachSource() throws IOException {
    SecurityGroup group = all(models("""
        - ec2_group:
            name: web
            rules:
              - proto: tcp
                from_port: 20
                to_port: 25
                cidr_ip: [10.0.0.0/8, 0.0.0.0/0]
              - ports: [80, "3380-3400"]
                cidr_ipv6: ::/0
              - proto: all
                from_port: 80
                to_port: 80
                cidr_ip: 0.0.0.0/0
              - proto: tcp
                from_port: 22
                cidr_ip: "{{ admin_cidr }}"
              - proto: tcp
                ports: 22
                group_name: bastion
            egress_rules:
              - proto: -1
                cidr_ip: 0.0.0.0/0
        """), SecurityGroup.class).get(0);
    List<FirewallRule> rules = group.rules();
    assertThat(rules).extracting(FirewallRule::attribute).containsExactly("rules[0]", "rules[1].ports[0]",
        "rules[1].ports[1]", "rules[2]", "rules[3]", "rules[4].ports[0]", "egress_rules[0]");
    assertThat(rules).extracting(rule -> rule.ports().value().orElse(null)).containsExactly(new PortRange(20, 25),
        new PortRange(80, 80), new PortRange(3380, 3400), PortRange.ALL, new PortRange(22, 22),
        new PortRange(22, 22), PortRange.ALL);
    assertThat(rules).extracting(rule -> rule.protocol().value().orElseThrow()).containsExactly(Protocol.TCP,
        Protocol.TCP, Protocol.TCP, Protocol.ALL, Protocol.TCP, Protocol.TCP, Protocol.ALL);
    assertThat(rules.get(1).protocol().byDefault()).isTrue();
    assertThat(rules.get(0).sources()).extracting(Located::attribute).containsExactly("cidr_ip[0]", "cidr_ip[1]");
    assertThat(rules.get(0).internetSources()).singleElement()
        .satisfies(source -> assertThat(source.range()).isEqualTo(Range.ofLine("tasks.yml", 7, 31, 40)));
    assertThat(rules.get(1).internetSources()).extracting(Located::attribute).containsExactly("cidr_ipv6");
    assertThat(rules.get(4).sources()).singleElement().satisfies(source -> assertThat(source.isKnown()).isFalse());
    assertThat(rules.get(5).sources()).isEmpty();
    assertThat(rules.get(6).direction()).isEqualTo(Direction.EGRESS);
  }

  @Test
  void volumesAndTheVolumesOfInstancesAndLaunchConfigurations() throws IOException {
    List<BlockVolume> volumes = all(models("""
        - ec2_vol: {instance: i-1, volume_size: 5}
        - ec2_vol: {instance: i-1, volume_size: 5, encrypted: true}
        - ec2_vol: {instance: i-1, snapshot: snap-1}
        - ec2_vol: {instance: i-1, id: vol-1}
        - ec2_vol: {instance: i-1, name: data}
        - ec2_instance:
            name: web
            volumes:
              - device_name: /dev/sda1
                ebs:
                  volume_size: 8
              - device_name: /dev/sdb
                ebs: {volume_size: 8, encrypted: true}
              - device_name: /dev/sdc
                virtual_name: ephemeral0
        - ec2_lc:
            name: lc
            volumes:
              - {device_name: /dev/sda1, volume_size: 8, encrypted: no}
              - {device_name: /dev/sdb, ephemeral: ephemeral0}
        """), BlockVolume.class);
    assertThat(volumes).extracting(volume -> volume.encrypted().truth()).containsExactly(Truth.FALSE, Truth.TRUE,
        Truth.UNKNOWN, Truth.UNKNOWN, Truth.UNKNOWN, Truth.FALSE, Truth.TRUE, Truth.FALSE);
    assertThat(volumes.get(5).encrypted().attribute()).isEqualTo("volumes[0].ebs.encrypted");
    assertThat(volumes.get(5).encrypted().range().startLine()).isEqualTo(10);
    assertThat(volumes.get(7).encrypted().attribute()).isEqualTo("volumes[0].encrypted");
  }

  @Test
  void bucketsWithEncryptionAndLoggingAttachedByName() throws IOException {
    List<StorageBucket> buckets = all(models("""
        - s3_bucket:
            name: logged
            encryption: AES256
            public_access:
              block_public_acls: true
              block_public_policy: true
              ignore_public_acls: true
              restrict_public_buckets: true
        - s3_bucket: {name: plain, encryption: none, acl: public-read}
        - community.aws.s3_logging:
            name: logged
            target_bucket: plain
        """), StorageBucket.class);
    StorageBucket logged = buckets.get(0);
    assertThat(logged.accessLogging().truth()).isEqualTo(Truth.TRUE);
    assertThat(logged.accessLogging().range().startLine()).isEqualTo(10);
    assertThat(logged.defaultEncryption().truth()).isEqualTo(Truth.TRUE);
    assertThat(logged.acl().value()).contains("private");
    StorageBucket plain = buckets.get(1);
    assertThat(plain.accessLogging().truth()).isEqualTo(Truth.FALSE);
    assertThat(plain.accessLogging().byDefault()).isTrue();
    assertThat(plain.defaultEncryption().truth()).isEqualTo(Truth.FALSE);
    assertThat(plain.acl().value()).contains("public-read");
  }

  @Test
  void aBucketsOwnLoggingOptionDecidesItsAccessLogging() throws IOException {
    List<StorageBucket> buckets = all(models("""
        - s3_bucket:
            name: logged
            logging: {target_bucket: logs, target_prefix: logged/}
        - s3_bucket:
            name: turned-off
            logging: {target_bucket: ""}
        - s3_bucket:
            name: decided-later
            logging: {target_bucket: "{{ log_bucket }}"}
        - s3_bucket: {name: linked}
        - s3_bucket: {name: plain}
        - s3_logging: {name: linked, target_bucket: logs}
        - s3_bucket: {name: whole-option-later, logging: "{{ bucket_logging }}"}
        """), StorageBucket.class);
    assertThat(buckets).extracting(bucket -> bucket.accessLogging().truth())
        .containsExactly(Truth.TRUE, Truth.FALSE, Truth.UNKNOWN, Truth.TRUE, Truth.FALSE, Truth.UNKNOWN);
    assertThat(buckets.get(0).accessLogging().range()).isEqualTo(Range.ofLine("tasks.yml", 3, 30, 34));
    Fact off = buckets.get(1).accessLogging();
    assertThat(off.range()).isEqualTo(Range.ofLine("tasks.yml", 6, 30, 32));
    assertThat(off.attribute()).isEqualTo("logging.target_bucket");
    assertThat(off.byDefault()).isFalse();
    assertThat(buckets.get(3).accessLogging().range().startLine()).isEqualTo(12);
    assertThat(buckets.get(4).accessLogging().byDefault()).isTrue();
  }

  @Test
  void azureRulesFromApplicationSecurityGroupsAreNotFromTheInternet() throws IOException {
    SecurityGroup group = all(models("""
        - azure_rm_securitygroup:
            resource_group: rg
            name: app
            rules:
              - name: from-groups
                priority: 100
                source_application_security_groups: [web]
              - name: from-groups-with-any-prefix
                priority: 110
                source_address_prefix: "*"
                source_application_security_groups: [web]
              - name: from-groups-decided-later
                priority: 120
                source_application_security_groups: "{{ web_groups }}"
              - name: from-no-groups
                priority: 130
                source_application_security_groups: []
              - name: to-groups
                priority: 140
                destination_application_security_groups: [db]
        """), SecurityGroup.class).get(0);
    List<FirewallRule> rules = group.rules();
    assertThat(rules).hasSize(5);
    assertThat(rules.get(0).sources()).isEmpty();
    assertThat(rules.get(1).sources()).isEmpty();
    assertThat(rules.get(2).sources()).singleElement().satisfies(source -> {
      assertThat(source.value()).isEmpty();
      assertThat(source.attribute()).isEqualTo("source_application_security_groups");
      assertThat(source.range().startLine()).isEqualTo(14);
    });
    assertThat(rules.get(2).internetSources()).isEmpty();
    assertThat(rules.get(3).internetSources()).singleElement()
        .satisfies(source -> assertThat(source.byDefault()).isTrue());
    assertThat(rules.get(4).internetSources()).singleElement()
        .satisfies(source -> assertThat(source.byDefault()).isTrue());
  }

  @Test
  void aLoggingTaskForAnUnknownBucketMakesLoggingUnknown() throws IOException {
    List<StorageBucket> buckets = all(models("""
        - s3_bucket: {name: a}
        - s3_logging: {name: "{{ bucket }}", target_bucket: logs}
        """), StorageBucket.class);
    assertThat(buckets).singleElement()
        .satisfies(bucket -> assertThat(bucket.accessLogging().truth()).isEqualTo(Truth.UNKNOWN));
  }

  @Test
  void tasksWhoseArgumentsAreAWholeUnknownTemplateGetNoModel() throws IOException {
    assertThat(models("""
        - ec2_vol: "{{ volume_arguments }}"
        - ec2_vol:
            volume_size: 5
          args: "{{ more_arguments }}"
        """)).isEmpty();
  }

  @Test
  void keyVaultsAreAuditedByADiagnosticSettingThatNamesThemAndUnknownWhenOneNamesAnUnknownResource()
      throws IOException {
    List<KeyVault> vaults = all(models("""
        - azure_rm_keyvault: {resource_group: rg, vault_name: Alpha}
        - azure_rm_keyvault: {resource_group: rg, vault_name: beta}
        - azure_rm_keyvault: {resource_group: rg, vault_name: gamma}
        - azure_rm_monitordiagnosticsetting:
            name: audit
            resource: {name: alpha, type: microsoft.keyvault/vaults, resource_group: rg}
            logs: [{category: AuditEvent}]
        - azure_rm_monitordiagnosticsetting:
            name: off
            resource: /subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/beta
            logs: [{category: AuditEvent, enabled: false}]
        - azure_rm_monitordiagnosticsetting:
            name: network
            resource: {name: gamma, type: Microsoft.Network/virtualNetworks, resource_group: rg}
            logs: [{category_group: allLogs}]
        """), KeyVault.class);
    assertThat(vaults).extracting(vault -> vault.auditLogging().truth())
        .containsExactly(Truth.TRUE, Truth.FALSE, Truth.FALSE);
    assertThat(vaults.get(1).auditLogging().range().startLine()).isEqualTo(11);
    assertThat(vaults.get(2).auditLogging().byDefault()).isTrue();

    List<KeyVault> unknown = all(models("""
        - azure_rm_keyvault: {resource_group: rg, vault_name: delta}
        - azure_rm_monitordiagnosticsetting:
            name: audit
            resource: "{{ vault.state.id }}"
            logs: [{category: AuditEvent}]
        """), KeyVault.class);
    assertThat(unknown).singleElement().extracting(vault -> vault.auditLogging().truth()).isEqualTo(Truth.UNKNOWN);
  }

  private static List<Truth> grants(List<DatasetAccess> access) {
    return access.stream().map(grant -> grant.grantsEveryone().truth()).toList();
  }

  @Test
  void anS3BucketsPublicAclIsBlockedByItsPublicAccessSettings() throws IOException {
    List<DatasetAccess> access = all(models("""
        - s3_bucket: {name: open, acl: public-read}
        - s3_bucket:
            name: acls-blocked
            acl: public-read-write
            public_access: {block_public_acls: true}
        - s3_bucket:
            name: acls-ignored
            acl: authenticated-read
            public_access: {ignore_public_acls: "yes"}
        - s3_bucket:
            name: policies-blocked
            acl: public-read
            public_access: {block_public_policy: true, restrict_public_buckets: true}
        - s3_bucket: {name: block-deleted, acl: public-read, delete_public_access: true}
        - s3_bucket: {name: private, acl: private}
        - s3_bucket: {name: later, acl: "{{ bucket_acl }}"}
        - s3_bucket: {name: block-later, acl: public-read, public_access: "{{ block }}"}
        - s3_bucket: {name: open, acl: public-read, state: absent}
        """), DatasetAccess.class);
    assertThat(grants(access)).containsExactly(Truth.TRUE, Truth.FALSE, Truth.FALSE, Truth.TRUE, Truth.TRUE,
        Truth.FALSE, Truth.UNKNOWN, Truth.UNKNOWN);
    assertThat(access).extracting(DatasetAccess::member)
        .containsExactly("public-read", "", "", "public-read", "public-read", "", "", "");
    assertThat(access.get(0).grantsEveryone().range()).isEqualTo(Range.ofLine("tasks.yml", 1, 27, 43));
    assertThat(access.get(0).grantsEveryone().origin()).isEmpty();
    assertThat(access.get(1).grantsEveryone().range().startLine()).isEqualTo(5);
    assertThat(access.get(2).grantsEveryone().attribute()).isEqualTo("ignore_public_acls");
    assertThat(access.get(4).grantsEveryone().origin()).extracting(RelatedLocation::message)
        .containsExactly("`delete_public_access` does not block it");
  }

  @Test
  void aTaskWithoutPublicAccessSettingsKeepsTheBlockAnEarlierTaskForTheBucketSet() throws IOException {
    List<DatasetAccess> access = all(models("""
        - s3_bucket: {name: site, public_access: {block_public_acls: true}}
        - s3_bucket: {name: site, acl: public-read}
        - s3_bucket: {name: other, acl: public-read}
        - s3_bucket: {name: site, public_access: {block_public_acls: false, ignore_public_acls: false}}
        - s3_bucket: {name: site, acl: public-read}
        - s3_bucket: {name: "{{ bucket }}", public_access: {ignore_public_acls: true}}
        - s3_bucket: {name: "{{ bucket }}", acl: public-read}
        """), DatasetAccess.class);
    assertThat(grants(access)).containsExactly(Truth.FALSE, Truth.FALSE, Truth.TRUE, Truth.FALSE, Truth.TRUE,
        Truth.FALSE, Truth.FALSE);
    assertThat(access.get(4).grantsEveryone().origin()).extracting(related -> related.range().startLine())
        .containsExactly(4);
  }

  @Test
  void anS3BucketsPolicyAdmitsEveryoneWithAStatementAllowingAnyPrincipalWithoutACondition() throws IOException {
    List<DatasetAccess> access = all(models("""
        - s3_bucket:
            name: mapping
            policy:
              Version: "2012-10-17"
              Statement:
                - {Effect: Allow, Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::mapping/*"}
        - s3_bucket:
            name: text
            policy: '{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:*"}]}'
        - s3_bucket:
            name: conditional
            policy:
              Statement:
                - Effect: Allow
                  Principal: "*"
                  Action: "s3:GetObject"
                  Condition: {StringEquals: {"aws:SourceVpce": vpce-1}}
        - s3_bucket:
            name: restricted
            policy: {Statement: [{Effect: Allow, Principal: "*", Action: "s3:GetObject"}]}
            public_access: {restrict_public_buckets: true}
        - s3_bucket: {name: removed, policy: "null"}
        - s3_bucket: {name: from-file, policy: "{{ lookup('file', 'policy.json') }}"}
        """), DatasetAccess.class);
    List<DatasetAccess> policies = access.stream()
        .filter(grant -> grant.grantsEveryone().attribute().equals("policy")
            || grant.grantsEveryone().attribute().equals("restrict_public_buckets"))
        .toList();
    assertThat(grants(policies)).containsExactly(Truth.TRUE, Truth.TRUE, Truth.FALSE, Truth.FALSE, Truth.UNKNOWN);
    assertThat(policies.get(0).member()).isEqualTo("*");
    assertThat(policies.get(0).grantsEveryone().range().startLine()).isEqualTo(3);
    assertThat(policies.get(1).grantsEveryone().range().startLine()).isEqualTo(9);
    assertThat(policies.get(3).grantsEveryone().range().startLine()).isEqualTo(21);
    assertThat(access).hasSize(policies.size() + 6);
  }

  @Test
  void aCloudStorageBucketsAclsAndThoseOfItsNewObjectsGrantToTheirEntities() throws IOException {
    List<DatasetAccess> access = all(models("""
        - gcp_storage_bucket:
            name: public
            acl:
              - {bucket: {name: public}, entity: project-owners-1, role: OWNER}
              - {bucket: {name: public}, entity: allUsers, role: READER}
        - gcp_storage_bucket:
            name: objects
            default_object_acl:
              - {bucket: {name: objects}, entity: allAuthenticatedUsers, role: READER}
        - gcp_storage_bucket:
            name: domain
            acl: [{bucket: {name: domain}, entity: domain-example.com, role: READER}]
        - gcp_storage_bucket: {name: later, acl: "{{ bucket_acls }}"}
        - gcp_storage_bucket: {name: predefined, predefined_default_object_acl: publicRead}
        - gcp_storage_bucket: {name: owners, predefined_default_object_acl: bucketOwnerRead}
        - gcp_storage_bucket: {name: public, acl: [{entity: allUsers}], state: absent}
        """), DatasetAccess.class);
    assertThat(grants(access)).containsExactly(Truth.TRUE, Truth.TRUE, Truth.FALSE, Truth.UNKNOWN, Truth.FALSE,
        Truth.TRUE, Truth.FALSE, Truth.FALSE);
    assertThat(access).extracting(DatasetAccess::member)
        .containsExactly("allUsers", "allAuthenticatedUsers", "", "", "", "allUsers", "", "");
    assertThat(access.get(0).grantsEveryone().range().startLine()).isEqualTo(5);
    assertThat(access.get(1).grantsEveryone().range().startLine()).isEqualTo(9);
    assertThat(access.get(5).grantsEveryone().attribute()).isEqualTo("predefined_default_object_acl");
    assertThat(access.get(5).grantsEveryone().range().startLine()).isEqualTo(14);
  }

  @Test
  void cloudStorageAccessControlTasksGrantToTheirEntity() throws IOException {
    List<DatasetAccess> access = all(models("""
        - gcp_storage_bucket_access_control: {bucket: {name: b}, entity: allUsers, role: READER}
        - google.cloud.gcp_storage_default_object_acl:
            bucket: "{{ bucket }}"
            entity: allAuthenticatedUsers
            role: READER
        - gcp_storage_bucket_access_control: {bucket: {name: b}, entity: group-admins@example.com, role: OWNER}
        - gcp_storage_bucket_access_control: {bucket: {name: b}, entity: "{{ grantee }}", role: READER}
        - gcp_storage_bucket_access_control: {bucket: {name: b}, entity: allUsers, role: READER, state: absent}
        """), DatasetAccess.class);
    assertThat(grants(access)).containsExactly(Truth.TRUE, Truth.TRUE, Truth.FALSE, Truth.UNKNOWN);
    assertThat(access.get(1).grantsEveryone().range().startLine()).isEqualTo(4);
  }

  @Test
  void aBlobContainerIsOpenToAnonymousReadersUnlessItsAccountTaskDisallowsIt() throws IOException {
    List<DatasetAccess> access = all(models("""
        - azure_rm_storageaccount: {resource_group: rg, name: closed, allow_blob_public_access: false}
        - azure_rm_storageaccount: {resource_group: rg, name: allowing, allow_blob_public_access: true}
        - azure_rm_storageaccount: {resource_group: rg, name: silent}
        - azure_rm_storageblob: {resource_group: rg, storage_account_name: closed, container: a, public_access: blob}
        - azure_rm_storageblob: {resource_group: rg, account_name: allowing, container: b, public_access: container}
        - azure_rm_storageblob: {resource_group: rg, storage_account_name: silent, container: c, public_access: blob}
        - azure_rm_storageblob: {resource_group: rg, storage_account_name: elsewhere, container: d, public_access: blob}
        - azure_rm_storageblob: {resource_group: rg, storage_account_name: closed, container: e}
        - azure_rm_storageblob:
            resource_group: rg
            storage_account: "{{ account }}"
            container: f
            public_access: blob
        - azure_rm_storageblob:
            resource_group: rg
            storage_account_name: silent
            container: g
            public_access: container
            state: absent
        """), DatasetAccess.class);
    assertThat(grants(access)).containsExactly(Truth.FALSE, Truth.TRUE, Truth.TRUE, Truth.TRUE, Truth.FALSE,
        Truth.UNKNOWN);
    assertThat(access.get(0).grantsEveryone().range()).isEqualTo(Range.ofLine("tasks.yml", 1, 63, 94));
    assertThat(access.get(1).grantsEveryone().range().startLine()).isEqualTo(5);
    assertThat(access.get(1).member()).isEqualTo("container");
    assertThat(access.get(1).grantsEveryone().origin()).extracting(RelatedLocation::message)
        .containsExactly("`allow_blob_public_access` does not block it");
    assertThat(access.get(2).grantsEveryone().origin()).isEmpty();
    assertThat(access.get(4).grantsEveryone().byDefault()).isTrue();
  }

  @Test
  void anAccountTaskWhoseNameIsNotKnownMayDisallowAnyContainersPublicAccess() throws IOException {
    List<DatasetAccess> access = all(models("""
        - azure_rm_storageaccount: {resource_group: rg, name: "{{ account }}", allow_blob_public_access: false}
        - azure_rm_storageaccount: {resource_group: rg, name: "{{ other }}", allow_blob_public_access: true}
        - azure_rm_storageblob: {resource_group: rg, storage_account_name: data, container: a, public_access: blob}
        """), DatasetAccess.class);
    assertThat(grants(access)).containsExactly(Truth.UNKNOWN);
    List<DatasetAccess> allowing = all(models("""
        - azure_rm_storageaccount: {resource_group: rg, name: "{{ other }}", allow_blob_public_access: true}
        - azure_rm_storageblob: {resource_group: rg, storage_account_name: data, container: a, public_access: blob}
        """), DatasetAccess.class);
    assertThat(grants(allowing)).containsExactly(Truth.TRUE);
    assertThat(allowing.get(0).grantsEveryone().origin()).isEmpty();
  }
}
