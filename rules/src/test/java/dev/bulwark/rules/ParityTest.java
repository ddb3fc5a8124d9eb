package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.ansible.AnsibleFrontend;
import dev.bulwark.core.frontend.Frontend;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.model.BlockVolume;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.FirewallRule;
import dev.bulwark.core.model.Located;
import dev.bulwark.core.model.SecurityGroup;
import dev.bulwark.core.model.StorageBucket;
import dev.bulwark.terraform.TerraformFrontend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One scenario written in Terraform and in Ansible maps to equal shared models, ranges and native attribute names
 * aside: the same facts, defaults, firewall rules and sources.
 */
class ParityTest {
  @TempDir
  Path folder;

  private static final String TERRAFORM = """
      resource "aws_db_instance" "db" {
        identifier          = "orders"
        engine              = "postgres"
        publicly_accessible = true
      }

      resource "aws_security_group" "admin" {
        ingress {
          from_port   = 22
          to_port     = 22
          protocol    = "tcp"
          cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
        }
        ingress {
          from_port        = 3389
          to_port          = 3389
          protocol         = "tcp"
          ipv6_cidr_blocks = ["::/0"]
        }
        egress {
          from_port   = 0
          to_port     = 0
          protocol    = "-1"
          cidr_blocks = ["0.0.0.0/0"]
        }
      }

      resource "aws_ebs_volume" "data" {
        availability_zone = "eu-west-1a"
        size              = 10
      }

      resource "aws_s3_bucket" "plain" {
        bucket = "example-plain"
      }

      resource "aws_s3_bucket" "logged" {
        bucket = "example-logged"
      }

      resource "aws_s3_bucket_logging" "logged" {
        bucket        = aws_s3_bucket.logged.id
        target_bucket = aws_s3_bucket.plain.id
      }
      """;

  private static final String ANSIBLE = """
      - hosts: localhost
        vars:
          cidrs: [10.0.0.0/8, 0.0.0.0/0]
        tasks:
          - amazon.aws.rds_instance:
              id: orders
              engine: postgres
              publicly_accessible: "{{ 'yes' | bool }}"
          - amazon.aws.ec2_security_group:
              name: admin
              description: admin
              rules:
                - proto: tcp
                  from_port: 22
                  to_port: 22
                  cidr_ip: "{{ cidrs }}"
                - proto: tcp
                  ports: 3389
                  cidr_ipv6: ["::/0"]
              rules_egress:
                - proto: "-1"
                  cidr_ip: 0.0.0.0/0
          - amazon.aws.ec2_vol:
              volume_size: 10
              zone: eu-west-1a
          - amazon.aws.s3_bucket:
              name: example-plain
          - amazon.aws.s3_bucket:
              name: example-logged
          - community.aws.s3_logging:
              name: example-logged
              target_bucket: example-plain
      """;

  @Test
  void terraformAndAnsibleMapOneScenarioToEqualModels() throws IOException {
    List<String> terraform = describe(models(new TerraformFrontend(), "main.tf", TERRAFORM));
    List<String> ansible = describe(models(new AnsibleFrontend(), "site.yml", ANSIBLE));
    assertThat(terraform).hasSize(5);
    assertThat(ansible).containsExactlyElementsOf(terraform);
  }

  private List<CloudModel> models(Frontend frontend, String name, String text) throws IOException {
    Path file = Files.writeString(folder.resolve(name), text);
    List<CloudModel> models = new ArrayList<>();
    for (var unit : frontend.group(List.of(new SourceFile(file, name, Files.size(file))))) {
      models.addAll(frontend.analyze(unit, () -> ScanSettings.DEFAULTS).models());
    }
    return models;
  }

  /** The models without ranges, origins and native names, in a stable order. */
  private static List<String> describe(List<CloudModel> models) {
    return models.stream().map(ParityTest::describe).sorted().toList();
  }

  private static String describe(CloudModel model) {
    if (model instanceof DatabaseInstance db) {
      return "database public=" + fact(db.publiclyAccessible()) + " encrypted=" + fact(db.storageEncrypted());
    }
    if (model instanceof BlockVolume volume) {
      return "volume encrypted=" + fact(volume.encrypted());
    }
    if (model instanceof StorageBucket bucket) {
      return "bucket logging=" + fact(bucket.accessLogging()) + " encryption=" + fact(bucket.defaultEncryption());
    }
    SecurityGroup group = (SecurityGroup) model;
    return "group " + group.rules().stream().map(ParityTest::rule).toList();
  }

  private static String fact(Fact fact) {
    return fact.truth() + (fact.byDefault() ? "(default)" : "");
  }

  private static String rule(FirewallRule rule) {
    return rule.direction() + " " + rule.protocol().value().orElse(null) + " " + rule.ports().value().orElse(null)
        + " " + rule.sources().stream().map(Located::value).toList();
  }
}
