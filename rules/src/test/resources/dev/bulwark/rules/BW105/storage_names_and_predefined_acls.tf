# An account written for provider v2 forbids anonymous access under the setting's older name.
resource "azurerm_storage_account" "v2" {
  name                     = "legacyassets"
  resource_group_name      = "web"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  allow_blob_public_access = false
}

resource "azurerm_storage_container" "on_v2_account" {
  name                  = "assets"
  storage_account_name  = azurerm_storage_account.v2.name
  container_access_type = "blob"
}

resource "azurerm_storage_account" "open" {
  name                     = "openassets"
  resource_group_name      = "web"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_container" "on_open_account" {
  name                  = "assets"
  storage_account_name  = azurerm_storage_account.open.name
  container_access_type = "container" # expect: BW105
}

# A predefined ACL is reported as what it grants.
resource "google_storage_bucket" "site" {
  name     = "example-site"
  location = "EU"
}

resource "google_storage_bucket_acl" "site" {
  bucket         = google_storage_bucket.site.name
  predefined_acl = "publicRead" # expect: BW105
}
