package dev.bulwark.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Reference;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleAnalysisTest {
  @TempDir
  Path folder;

  private static Map<String, Resource> byAddress(UnitResult result) {
    return result.resources().stream().collect(Collectors.toMap(Resource::address, Function.identity()));
  }

  @Test
  void everyKindOfTopLevelBlockBecomesAResource() throws IOException {
    UnitResult result = new TerraformProject(folder).file("main.tf", """
        terraform {
          required_version = ">= 1.5"
        }
        provider "aws" {
          region = "eu-west-1"
        }
        provider "aws" {
          alias  = "us"
          region = "us-east-1"
        }
        variable "name" {
          default = "orders"
        }
        locals {
          prefix = "app"
          full   = "${local.prefix}-${var.name}"
        }
        resource "aws_s3_bucket" "logs" {
          bucket = "logs"
        }
        data "aws_caller_identity" "me" {}
        module "db" {
          source = "./modules/db"
        }
        output "bucket" {
          value = aws_s3_bucket.logs.arn
        }
        """).analyze();
    Map<String, Resource> resources = byAddress(result);
    assertThat(resources.keySet()).containsExactlyInAnyOrder("provider.aws", "provider.aws.us", "var.name",
        "local.prefix", "local.full", "aws_s3_bucket.logs", "data.aws_caller_identity.me", "module.db",
        "output.bucket");
    assertThat(resources.get("aws_s3_bucket.logs").kind()).isEqualTo(ResourceKind.MANAGED);
    assertThat(resources.get("aws_s3_bucket.logs").type()).isEqualTo("aws_s3_bucket");
    assertThat(resources.get("aws_s3_bucket.logs").range()).isEqualTo(Range.ofLine("main.tf", 18, 1, 32));
    assertThat(resources.get("data.aws_caller_identity.me").kind()).isEqualTo(ResourceKind.DATA);
    assertThat(resources.get("module.db").kind()).isEqualTo(ResourceKind.MODULE_CALL);
    assertThat(resources.get("var.name").kind()).isEqualTo(ResourceKind.INPUT);
    assertThat(resources.get("local.full").kind()).isEqualTo(ResourceKind.LOCALS);
    assertThat(resources.get("output.bucket").kind()).isEqualTo(ResourceKind.OUTPUT);
    assertThat(resources.get("provider.aws.us").kind()).isEqualTo(ResourceKind.PROVIDER);
    assertThat(result.resources()).allSatisfy(r -> assertThat(r.id().unit()).isEqualTo("."));
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("module-not-loaded");
      assertThat(d.level()).isEqualTo(Diagnostic.Level.NOTE);
      assertThat(d.range()).contains(Range.ofLine("main.tf", 23, 3, 26));
    });
  }

  @Test
  void literalsAreKnownWithExactRangesAndExpressionsAreUnknownWithTheirText() throws IOException {
    UnitResult result = new TerraformProject(folder).file("main.tf", """
        resource "aws_instance" "web" {
          ami           = "ami-123"
          monitoring    = true
          port          = -1
          tags          = { Name = "web", "team" = "core" }
          subnet_id     = var.subnet_id
          user_data     = "#!/bin/sh\\necho ${var.name}"
          cidrs         = ["10.0.0.0/8", var.extra]
        }
        """).analyze();
    MapValue attributes = byAddress(result).get("aws_instance.web").attributes();
    assertThat(attributes.get("ami")).contains(new StringValue("ami-123", Range.ofLine("main.tf", 2, 19, 28)));
    assertThat(attributes.get("monitoring").map(Value::isTrue)).contains(true);
    assertThat(attributes.get("port").flatMap(Value::asNumber)).contains(BigDecimal.valueOf(-1));
    assertThat(attributes.get("tags").flatMap(Value::asMap).flatMap(tags -> tags.get("team")).flatMap(Value::asString))
        .contains("core");
    assertThat(attributes.get("subnet_id")).containsInstanceOf(UnknownValue.class);
    assertThat(((UnknownValue) attributes.get("subnet_id").orElseThrow()).expression()).isEqualTo("var.subnet_id");
    assertThat(attributes.get("user_data").map(Value::isKnown)).contains(false);
    ListValue cidrs = (ListValue) attributes.get("cidrs").orElseThrow();
    assertThat(cidrs.items()).extracting(Value::isKnown).containsExactly(true, false);
    assertThat(attributes.entry("ami").orElseThrow().keyRange()).isEqualTo(Range.ofLine("main.tf", 2, 3, 6));
  }

  @Test
  void nestedBlocksBecomeListsOfMapsAndDynamicBlocksUnknownItems() throws IOException {
    UnitResult result = new TerraformProject(folder).file("sg.tf", """
        resource "aws_security_group" "sg" {
          ingress {
            from_port = 22
          }
          ingress {
            from_port = 443
          }
          dynamic "ingress" {
            for_each = var.rules
            content {
              from_port = ingress.value
            }
          }
        }
        """).analyze();
    ListValue ingress = (ListValue) byAddress(result).get("aws_security_group.sg").attributes().get("ingress")
        .orElseThrow();
    assertThat(ingress.items()).hasSize(3);
    assertThat(ingress.items().get(1).asMap().flatMap(m -> m.get("from_port")).flatMap(Value::asNumber))
        .contains(BigDecimal.valueOf(443));
    assertThat(ingress.items().get(0).range()).isEqualTo(new Range("sg.tf", 2, 3, 4, 4));
    assertThat(ingress.items().get(2)).isInstanceOf(UnknownValue.class);
  }

  @Test
  void traversalsToDeclarationsBecomeReferencesWithTheirAttributePath() throws IOException {
    UnitResult result = new TerraformProject(folder)
        .file("main.tf", """
            resource "aws_s3_bucket" "app" {
              bucket = "${var.prefix}-app"
              logging {
                target_bucket = aws_s3_bucket.logs.id
              }
              tags = { for k, v in local.tags : k => v if v != aws_s3_bucket.logs.arn }
            }
            resource "aws_s3_bucket" "logs" {
              bucket = data.aws_caller_identity.me.account_id
              policy = module.policy.json
            }
            """)
        .file("other.tf", """
            variable "prefix" {}
            locals {
              tags = { owner = "me" }
              ids  = [for b in [aws_s3_bucket.app, aws_s3_bucket.logs] : b.id]
              all  = aws_s3_bucket.app[*].id
            }
            data "aws_caller_identity" "me" {}
            module "policy" {
              source = "./policy"
            }
            """)
        .analyze();
    assertThat(result.references())
        .extracting(r -> r.from().address() + " -" + r.attribute() + "-> " + r.to().address())
        .containsExactlyInAnyOrder(
            "aws_s3_bucket.app -bucket-> var.prefix",
            "aws_s3_bucket.app -logging.target_bucket-> aws_s3_bucket.logs",
            "aws_s3_bucket.app -tags-> local.tags",
            "aws_s3_bucket.app -tags-> aws_s3_bucket.logs",
            "aws_s3_bucket.logs -bucket-> data.aws_caller_identity.me",
            "aws_s3_bucket.logs -policy-> module.policy",
            "local.ids -value-> aws_s3_bucket.app",
            "local.ids -value-> aws_s3_bucket.logs",
            "local.all -value-> aws_s3_bucket.app");
    Reference logging = result.references().stream()
        .filter(r -> r.attribute().equals("logging.target_bucket")).findFirst().orElseThrow();
    assertThat(logging.range()).isEqualTo(Range.ofLine("main.tf", 4, 21, 42));
  }

  @Test
  void aMalformedFileIsADiagnosticAndTheOtherFilesStillCount() throws IOException {
    UnitResult result = new TerraformProject(folder)
        .file("bad.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \n}\n")
        .file("good.tf", "resource \"aws_s3_bucket\" \"ok\" {}\n")
        .analyze();
    assertThat(result.resources()).extracting(Resource::address).containsExactly("aws_s3_bucket.ok");
    assertThat(result.diagnostics()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.code()).isEqualTo("parse-error");
      assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
      assertThat(d.file()).isEqualTo("bad.tf");
    });
    assertThat(result.sources()).hasSize(2);
  }

  @Test
  void aNameDeclaredTwiceKeepsItsFirstDeclarationWithADiagnosticAndARedeclaredResourceIsStillChecked()
      throws IOException {
    UnitResult result = new TerraformProject(folder)
        .file("a.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"first\"\n}\nlocals {\n  x = 1\n}\n")
        .file("b.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"second\"\n}\nlocals {\n  x = 2\n}\n")
        .file("c.tf", "output \"name\" {\n  value = aws_s3_bucket.b.bucket\n}\n")
        .analyze();
    Map<String, Resource> resources = byAddress(result);
    assertThat(resources.get("aws_s3_bucket.b").attribute("bucket").orElseThrow().value().asString())
        .contains("first");
    assertThat(resources.get("aws_s3_bucket.b#2").attribute("bucket").orElseThrow().value().asString())
        .contains("second");
    assertThat(resources.get("aws_s3_bucket.b#2").range().file()).isEqualTo("b.tf");
    assertThat(resources.get("output.name").attribute("value").orElseThrow().value().asString()).contains("first");
    assertThat(result.diagnostics()).extracting(Diagnostic::code, d -> d.range().orElseThrow().file())
        .containsExactly(tuple("duplicate-resource", "b.tf"),
            tuple("duplicate-resource", "b.tf"));
  }

  @Test
  void aReferenceFromAFileThatRedeclaresAnAddressResolvesToThatFilesDeclaration() throws IOException {
    UnitResult result = new TerraformProject(folder)
        .file("a.tf", """
            resource "aws_s3_bucket" "b" {
              bucket = "first"
            }
            module "m" {
              source = "./m"
              name   = "one"
            }
            """)
        .file("b.tf", """
            resource "aws_s3_bucket" "b" {
              bucket = "second"
            }
            module "m" {
              source = "./m"
              name   = "two"
            }
            resource "aws_s3_bucket_logging" "l" {
              bucket = aws_s3_bucket.b.id
              target_bucket = module.m.name
            }
            """)
        .file("m/main.tf", "variable \"name\" {}\noutput \"name\" {\n  value = var.name\n}\n")
        .analyze();
    Resource logging = byAddress(result).get("aws_s3_bucket_logging.l");
    assertThat(logging.attribute("target_bucket").orElseThrow().value().asString()).contains("two");
    assertThat(result.references())
        .filteredOn(reference -> reference.from().equals(logging.id()) && reference.attribute().equals("bucket"))
        .extracting(reference -> reference.to().address())
        .containsExactly("aws_s3_bucket.b#2");
  }

  @Test
  void variableFilesAreParsedButDeclareNothing() throws IOException {
    UnitResult result = new TerraformProject(folder)
        .file("terraform.tfvars", "name = \"orders\"\n")
        .file("main.tf", "variable \"name\" {}\n")
        .analyze();
    assertThat(result.resources()).extracting(Resource::address).containsExactly("var.name");
    assertThat(result.sources()).extracting(s -> s.path()).containsExactly("terraform.tfvars", "main.tf");
  }
}
