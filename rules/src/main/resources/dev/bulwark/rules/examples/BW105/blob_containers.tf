# A container open to anonymous readers, and containers that are not.
resource "azurerm_storage_account" "site" {
  name                     = "examplesite"
  resource_group_name      = "example"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_container" "assets" {
  name                  = "assets"
  storage_account_id    = azurerm_storage_account.site.id
  container_access_type = "blob" # expect: BW105
}

resource "azurerm_storage_container" "private" {
  name               = "private"
  storage_account_id = azurerm_storage_account.site.id
}

# The account refuses anonymous access, whatever its containers ask for.
resource "azurerm_storage_account" "locked" {
  name                            = "examplelocked"
  resource_group_name             = "example"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = false
}

resource "azurerm_storage_container" "refused" {
  name                  = "refused"
  storage_account_name  = azurerm_storage_account.locked.name
  container_access_type = "container"
}
