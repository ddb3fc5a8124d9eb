# HTTPS only and TLS 1.2 are the provider's defaults.
resource "azurerm_storage_account" "defaults" {
  name                     = "defaults"
  resource_group_name      = "storage"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "plain_http" {
  name                       = "plainhttp"
  resource_group_name        = "storage"
  location                   = "westeurope"
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = false # expect: BW306
}

resource "azurerm_storage_account" "legacy" {
  name                      = "legacy"
  resource_group_name       = "storage"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  enable_https_traffic_only = false # expect: BW306
  min_tls_version           = "TLS1_0" # expect: BW306
}

variable "tls" {
  type = string
}

resource "azurerm_storage_account" "tls_from_variable" {
  name                     = "tlsvariable"
  resource_group_name      = "storage"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = var.tls
}
