# The Glue Data Catalog's metadata is encrypted at rest only when its catalog_encryption_mode is not DISABLED.
resource "aws_glue_data_catalog_encryption_settings" "plain" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = false
    }

    encryption_at_rest {
      catalog_encryption_mode = "DISABLED" # expect: BW301
    }
  }
}

resource "aws_glue_data_catalog_encryption_settings" "encrypted" {
  catalog_id = "111122223333"

  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }

    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
    }
  }
}
