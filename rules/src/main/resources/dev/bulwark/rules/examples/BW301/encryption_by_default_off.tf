# Turning EBS encryption by default off for the region.
resource "aws_ebs_encryption_by_default" "region" {
  enabled = false # expect: BW301
}
