package dev.bulwark.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.value.UnknownValue;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** count, for_each and dynamic blocks, and the references made through them. */
class InstancesTest {
  @TempDir
  Path folder;

  @Test
  void countAndForEachMakeOneResourcePerInstanceWithCountIndexAndEachResolved() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder).file("main.tf", """
        resource "aws_s3_bucket" "numbered" {
          count  = 2
          bucket = "logs-${count.index}"
        }
        resource "aws_s3_bucket" "named" {
          for_each = { blue = "b", green = "g" }
          bucket   = "${each.key}-${each.value}"
        }
        resource "aws_s3_bucket" "from_set" {
          for_each = toset(["x"])
          bucket   = each.value
        }
        resource "aws_s3_bucket" "none" {
          count = 0
        }
        """).analyze());
    assertThat(graph.addresses()).containsExactlyInAnyOrder("aws_s3_bucket.numbered[0]",
        "aws_s3_bucket.numbered[1]", "aws_s3_bucket.named[\"blue\"]", "aws_s3_bucket.named[\"green\"]",
        "aws_s3_bucket.from_set[\"x\"]");
    assertThat(graph.text("aws_s3_bucket.numbered[1]", "bucket")).isEqualTo("logs-1");
    assertThat(graph.text("aws_s3_bucket.named[\"green\"]", "bucket")).isEqualTo("green-g");
    assertThat(graph.text("aws_s3_bucket.from_set[\"x\"]", "bucket")).isEqualTo("x");
    assertThat(graph.resource("aws_s3_bucket.numbered[0]").attribute("count")).isEmpty();
  }

  @Test
  void anUnknownCountOrOneOverTheLimitIsOneInstanceWithUnknownIndex() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder).file("main.tf", """
        variable "n" {}
        resource "aws_s3_bucket" "unknown" {
          count  = var.n
          bucket = "b-${count.index}"
          acl    = "private"
        }
        resource "aws_s3_bucket" "many" {
          count  = 5000
          bucket = "b"
        }
        """).analyze());
    assertThat(graph.addresses()).contains("aws_s3_bucket.unknown", "aws_s3_bucket.many");
    assertThat(graph.text("aws_s3_bucket.unknown", "bucket")).isEqualTo("?");
    assertThat(graph.text("aws_s3_bucket.unknown", "acl")).isEqualTo("private");
    assertThat(graph.result().diagnostics()).extracting(Diagnostic::code).containsExactly("expansion-limit");
  }

  @Test
  void aCountOrForEachGuardedByAnUnknownConditionHasTheInstancesOfItsNonEmptyBranch() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder).file("main.tf", """
        variable "on" { type = bool }
        variable "items" {}
        variable "rules" {
          default = [{ port = 22 }, { port = 3389 }]
        }
        variable "named" {
          default = { ssh = { port = 22 } }
        }
        data "aws_availability_zones" "available" {}
        locals {
          azs = slice(data.aws_availability_zones.available.names, 0, 3)
        }
        resource "aws_network_acl_rule" "guarded" {
          count     = var.on ? length(var.rules) : 0
          from_port = var.rules[count.index].port
        }
        resource "aws_network_acl_rule" "inverted" {
          count     = (!var.on ? 0 : length(var.rules))
          from_port = var.rules[count.index].port
        }
        resource "aws_security_group_rule" "keyed" {
          for_each  = var.on ? var.named : {}
          from_port = each.value.port
        }
        resource "aws_subnet" "per_zone" {
          count             = length(local.azs)
          availability_zone = local.azs[count.index]
        }
        resource "aws_s3_bucket" "both_unknown" {
          count = var.on ? length(var.items) : 0
        }
        """).analyze());
    assertThat(graph.addresses()).contains("aws_network_acl_rule.guarded[0]", "aws_network_acl_rule.guarded[1]",
        "aws_network_acl_rule.inverted[1]", "aws_security_group_rule.keyed[\"ssh\"]", "aws_subnet.per_zone[2]",
        "aws_s3_bucket.both_unknown");
    assertThat(graph.text("aws_network_acl_rule.guarded[1]", "from_port")).isEqualTo("3389");
    assertThat(graph.text("aws_security_group_rule.keyed[\"ssh\"]", "from_port")).isEqualTo("22");
    assertThat(graph.text("aws_subnet.per_zone[2]", "availability_zone")).isEqualTo("?");
  }

  @Test
  void dynamicBlocksExpandIntoTheirBlocksAndAnUnknownCollectionIsAnUnknownBlock() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder).file("main.tf", """
        variable "rules" {
          default = [
            { port = 22, cidr = "0.0.0.0/0" },
            { port = 443, cidr = "10.0.0.0/8" },
          ]
        }
        variable "unknown_rules" {}
        resource "aws_security_group" "sg" {
          ingress {
            from_port = 80
          }
          dynamic "ingress" {
            for_each = var.rules
            iterator = rule
            content {
              from_port   = rule.value.port
              cidr_blocks = [rule.value.cidr]
              dynamic "nested" {
                for_each = [rule.key]
                content {
                  index = nested.value
                }
              }
            }
          }
          dynamic "egress" {
            for_each = var.unknown_rules
            content {
              from_port = egress.value
            }
          }
        }
        """).analyze());
    assertThat(graph.value("aws_security_group.sg", "ingress").asList())
        .hasValueSatisfying(blocks -> assertThat(blocks).hasSize(3));
    assertThat(graph.text("aws_security_group.sg", "ingress.1.from_port")).isEqualTo("22");
    assertThat(graph.text("aws_security_group.sg", "ingress.2.cidr_blocks.0")).isEqualTo("10.0.0.0/8");
    assertThat(graph.text("aws_security_group.sg", "ingress.2.nested.0.index")).isEqualTo("1");
    assertThat(graph.value("aws_security_group.sg", "egress.0")).isInstanceOf(UnknownValue.class);
  }

  @Test
  void referencesThroughForEachAndCountPointAtTheMatchingInstance() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder).file("main.tf", """
        resource "aws_s3_bucket" "b" {
          for_each = toset(["a", "b"])
          bucket   = "bucket-${each.key}"
        }
        resource "aws_s3_bucket_logging" "by_each_value" {
          for_each      = aws_s3_bucket.b
          bucket        = each.value.id
          target_bucket = "logs"
        }
        resource "aws_s3_bucket_logging" "by_key" {
          for_each = toset(["a"])
          bucket   = aws_s3_bucket.b[each.key].id
        }
        resource "aws_s3_bucket" "c" {
          count = 2
        }
        resource "aws_s3_bucket_logging" "by_index" {
          count  = 2
          bucket = aws_s3_bucket.c[count.index].bucket
        }
        resource "aws_s3_bucket_logging" "filtered" {
          for_each = { for key, bucket in aws_s3_bucket.b : key => bucket if key == "b" }
          bucket   = each.value.bucket
        }
        locals {
          chosen = aws_s3_bucket.b["b"].id
        }
        resource "aws_s3_bucket_logging" "through_local" {
          bucket = local.chosen
        }
        """).analyze());
    assertThat(graph.references()).contains(
        "aws_s3_bucket_logging.by_each_value[\"a\"] -bucket-> aws_s3_bucket.b[\"a\"]",
        "aws_s3_bucket_logging.by_each_value[\"b\"] -bucket-> aws_s3_bucket.b[\"b\"]",
        "aws_s3_bucket_logging.by_key[\"a\"] -bucket-> aws_s3_bucket.b[\"a\"]",
        "aws_s3_bucket_logging.by_index[1] -bucket-> aws_s3_bucket.c[1]",
        "aws_s3_bucket_logging.through_local -bucket-> local.chosen",
        "aws_s3_bucket_logging.through_local -bucket-> aws_s3_bucket.b[\"b\"]",
        "aws_s3_bucket_logging.filtered[\"b\"] -bucket-> aws_s3_bucket.b[\"b\"]")
        .doesNotContain("aws_s3_bucket_logging.by_each_value[\"a\"] -bucket-> aws_s3_bucket.b[\"b\"]",
            "aws_s3_bucket_logging.by_index[1] -bucket-> aws_s3_bucket.c[0]",
            "aws_s3_bucket_logging.through_local -bucket-> aws_s3_bucket.b[\"a\"]");
  }

  @Test
  void openTofusEnabledMakesOneInstanceOrNoneAndADisabledBlockIsNull() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder).file("main.tofu", """
        variable "create_replica" {
          type    = bool
          default = false
        }
        variable "unknown" {
          type = bool
        }
        resource "aws_db_instance" "primary" {
          publicly_accessible = true
          lifecycle {
            enabled = true
          }
        }
        resource "aws_db_instance" "replica" {
          publicly_accessible = true
          lifecycle {
            enabled = var.create_replica
          }
        }
        resource "aws_db_instance" "maybe" {
          publicly_accessible = true
          lifecycle {
            enabled = var.unknown
          }
        }
        module "network" {
          source = "./network"
          lifecycle {
            enabled = false
          }
        }
        output "replica" {
          value = aws_db_instance.replica == null ? "none" : "some"
        }
        resource "aws_s3_bucket" "reads" {
          bucket = aws_db_instance.replica == null ? "no-replica" : "replica"
          tags   = { maybe = aws_db_instance.maybe.id }
        }
        """).file("network/main.tf", """
        resource "aws_vpc" "main" {
          cidr_block = "10.0.0.0/16"
        }
        """).analyze());

    assertThat(graph.addresses()).contains("aws_db_instance.primary", "aws_db_instance.maybe")
        .doesNotContain("aws_db_instance.replica", "module.network", "module.network.aws_vpc.main");
    assertThat(graph.text("aws_s3_bucket.reads", "bucket")).isEqualTo("no-replica");
    assertThat(graph.value("aws_s3_bucket.reads", "tags.maybe")).isInstanceOf(UnknownValue.class);
    assertThat(graph.resource("aws_db_instance.primary").attribute("lifecycle")).isEmpty();
  }

  @Test
  void enabledInJsonSyntaxIsReadToo() throws IOException {
    Graph graph = new Graph(new TerraformProject(folder).file("main.tofu.json", """
        {"resource": {"aws_s3_bucket": {
          "off": {"bucket": "off", "lifecycle": {"enabled": false}},
          "on": {"bucket": "on", "lifecycle": {"enabled": true}}
        }}}
        """).analyze());

    assertThat(graph.addresses()).containsExactly("aws_s3_bucket.on");
  }
}
