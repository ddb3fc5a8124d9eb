# AWS Backup encrypts a vault's recovery points with the AWS managed key unless kms_key_arn names one of yours.
resource "aws_backup_vault" "default_key" { # expect: BW305
  name = "default-key"
}

resource "aws_backup_vault" "own_key" {
  name        = "own-key"
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
