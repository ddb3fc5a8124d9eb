resource "azurerm_managed_disk" "ade_off" {
  name                 = "ade-off"
  location             = "westeurope"
  resource_group_name  = "storage"
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 10

  encryption_settings {
    enabled = false # expect: BW301
  }
}

# Azure encrypts every managed disk with a platform key.
resource "azurerm_managed_disk" "platform_key" {
  name                 = "platform-key"
  location             = "westeurope"
  resource_group_name  = "storage"
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 10
}

# Google Cloud encrypts every disk and object; S3 every object.
resource "google_compute_disk" "data" {
  name = "data"
  zone = "europe-west1-b"
  size = 10
}

resource "google_storage_bucket" "assets" {
  name     = "assets"
  location = "EU"
}

resource "aws_s3_bucket" "assets" {
  bucket = "assets"
}
