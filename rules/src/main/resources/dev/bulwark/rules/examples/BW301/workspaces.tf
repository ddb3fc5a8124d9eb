# A WorkSpaces workspace encrypts its root and user volumes only when asked, each on its own.
resource "aws_workspaces_workspace" "analyst" { # expect: BW301, BW301
  directory_id = "d-1234567890"
  bundle_id    = "wsb-abcdef123"
  user_name    = "analyst"
}

resource "aws_workspaces_workspace" "root_only" {
  directory_id                   = "d-1234567890"
  bundle_id                      = "wsb-abcdef123"
  user_name                      = "root-only"
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = false # expect: BW301
  volume_encryption_key          = "alias/aws/workspaces"
}

resource "aws_workspaces_workspace" "encrypted" {
  directory_id                   = "d-1234567890"
  bundle_id                      = "wsb-abcdef123"
  user_name                      = "encrypted"
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = true
  volume_encryption_key          = "alias/aws/workspaces"
}
