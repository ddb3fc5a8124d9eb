terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = ">= 5.0" }
  }
}

provider "aws" { region = "eu-west-1" }
provider "aws" {
  alias  = "us"
  region = "us-east-1"
}

resource "aws_s3_bucket" "b" {}
resource "aws_s3_bucket_versioning" "v" { bucket = aws_s3_bucket.b.id }

resource "aws_security_group" "sg" {
  name = "sg"

  dynamic "ingress" {
    for_each = var.ports
    iterator = port
    content {
      from_port   = port.value
      to_port     = port.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }

  lifecycle { ignore_changes = [tags, description] }
  timeouts {}
}

bare_label block_type {
  nested { }
}

module "m" {
  source = "./m"
  for_each = toset(["a", "b"])
  depends_on = [aws_s3_bucket.b,]
}
