package dev.bulwark.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** Generates a Terraform module of a given size with the constructs real modules use, for benchmarks. */
final class SyntheticModule {
  private SyntheticModule() {}

  private static final String BLOCK = """
      variable "name_%1$d" {
        type    = string
        default = "svc-%1$d"
      }

      locals {
        tags_%1$d = merge(var.tags, { Name = "${var.name_%1$d}-${count.index}" })
        ports_%1$d = [for p in [22, 443, 5432] : p if p != 22]
      }

      resource "aws_security_group" "sg_%1$d" {
        name   = "sg-%1$d"
        vpc_id = var.vpc_id

        ingress {
          from_port   = 22
          to_port     = 22
          protocol    = "tcp"
          cidr_blocks = ["0.0.0.0/0"]
        }

        dynamic "ingress" {
          for_each = local.ports_%1$d
          content {
            from_port   = ingress.value
            to_port     = ingress.value
            protocol    = "tcp"
            cidr_blocks = [var.office_cidr]
          }
        }
      }

      resource "aws_db_instance" "db_%1$d" {
        identifier             = "db-%1$d"
        engine                 = "postgres"
        instance_class         = var.production ? "db.r6g.large" : "db.t3.micro"
        publicly_accessible    = false
        storage_encrypted      = true
        vpc_security_group_ids = [aws_security_group.sg_%1$d.id]
        tags                   = local.tags_%1$d
      }

      resource "aws_s3_bucket" "bucket_%1$d" {
        bucket = "${var.name_%1$d}-data"
      }

      resource "aws_s3_bucket_logging" "bucket_%1$d" {
        bucket        = aws_s3_bucket.bucket_%1$d.id
        target_bucket = "central-logs"
        target_prefix = <<-EOT
          logs/${var.name_%1$d}/
        EOT
      }

      """;

  /**
   * The same declarations in Terraform's JSON syntax, as CDK for Terraform writes them: per section (variables,
   * locals, then each resource type) the entry each repetition adds.
   */
  private static final List<String> JSON_SECTIONS = List.of("variable", "locals", "aws_security_group",
      "aws_db_instance", "aws_s3_bucket", "aws_s3_bucket_logging");
  private static final List<String> JSON_ENTRIES = List.of("""
      "name_%1$d": {"type": "string", "default": "svc-%1$d"}""", """
      "tags_%1$d": "${merge(var.tags, { Name = \\"${var.name_%1$d}-${count.index}\\" })}",
      "ports_%1$d": "${[for p in [22, 443, 5432] : p if p != 22]}\"""", """
      "sg_%1$d": {
        "//": {"metadata": {"path": "stack/sg_%1$d"}},
        "name": "sg-%1$d",
        "vpc_id": "${var.vpc_id}",
        "ingress": [{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}],
        "dynamic": {"ingress": {"for_each": "${local.ports_%1$d}", "content": {
          "from_port": "${ingress.value}", "to_port": "${ingress.value}", "protocol": "tcp",
          "cidr_blocks": ["${var.office_cidr}"]}}}
      }""", """
      "db_%1$d": {
        "identifier": "db-%1$d",
        "engine": "postgres",
        "instance_class": "${var.production ? \\"db.r6g.large\\" : \\"db.t3.micro\\"}",
        "publicly_accessible": false,
        "storage_encrypted": true,
        "vpc_security_group_ids": ["${aws_security_group.sg_%1$d.id}"],
        "tags": "${local.tags_%1$d}"
      }""", """
      "bucket_%1$d": {"bucket": "${var.name_%1$d}-data"}""", """
      "bucket_%1$d": {
        "bucket": "${aws_s3_bucket.bucket_%1$d.id}",
        "target_bucket": "central-logs",
        "target_prefix": "logs/${var.name_%1$d}/\\n"
      }""");

  /** A module text with {@code blocks} repetitions of a security group, a database and a bucket. */
  static String text(int blocks) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < blocks; i++) {
      text.append(String.format(Locale.ROOT, BLOCK, i));
    }
    return text.toString();
  }

  /** The module of {@link #text} in JSON syntax, one file. */
  static String json(int blocks) {
    List<String> objects = new ArrayList<>();
    for (int section = 0; section < JSON_SECTIONS.size(); section++) {
      StringJoiner entries = new StringJoiner(",\n", "\"" + JSON_SECTIONS.get(section) + "\": {\n", "\n}");
      for (int i = 0; i < blocks; i++) {
        entries.add(String.format(Locale.ROOT, JSON_ENTRIES.get(section), i));
      }
      objects.add(entries.toString());
    }
    return "{\n" + String.join(",\n", objects.subList(0, 2)) + ",\n\"resource\": {\n"
        + String.join(",\n", objects.subList(2, objects.size())) + "\n}\n}\n";
  }
}
