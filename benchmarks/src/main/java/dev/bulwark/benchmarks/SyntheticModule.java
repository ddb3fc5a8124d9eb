package dev.bulwark.benchmarks;

import java.util.Locale;

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

  /** A module text with {@code blocks} repetitions of a security group, a database and a bucket. */
  static String text(int blocks) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < blocks; i++) {
      text.append(String.format(Locale.ROOT, BLOCK, i));
    }
    return text.toString();
  }
}
