resource "aws_kms_key" "volumes" {}

resource "aws_launch_template" "app" {
  image_id = "ami-0123456789abcdef0"

  block_device_mappings {
    device_name = "/dev/sda1"
    ebs {
      encrypted  = true
      kms_key_id = aws_kms_key.volumes.arn
    }
  }

  block_device_mappings {
    device_name = "/dev/sdb"
    ebs {
      encrypted  = true
      kms_key_id = "arn:aws:kms:eu-west-1:123456789012:alias/aws/ebs" # expect: BW305
    }
  }
}
