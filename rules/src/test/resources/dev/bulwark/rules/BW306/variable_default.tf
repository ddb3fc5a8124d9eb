variable "minimum_tls" {
  type    = string
  default = "TLS1_1"
}

resource "azurerm_storage_account" "from_variable" {
  name                     = "fromvariable"
  resource_group_name      = "storage"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = var.minimum_tls # expect: BW306
}
