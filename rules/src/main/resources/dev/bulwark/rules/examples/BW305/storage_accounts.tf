# Azure Storage encrypts every account with a key Microsoft manages, unless a customer-managed key is named.
resource "azurerm_storage_account" "logs" { # expect: BW305
  name                     = "logsaccount"
  resource_group_name      = "storage"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "records" {
  name                     = "recordsaccount"
  resource_group_name      = "storage"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  identity {
    type         = "UserAssigned"
    identity_ids = ["/subscriptions/0000/resourceGroups/storage/providers/Microsoft.ManagedIdentity/userAssignedIdentities/records"]
  }

  customer_managed_key {
    key_vault_key_id          = "https://records-vault.vault.azure.net/keys/records"
    user_assigned_identity_id = "/subscriptions/0000/resourceGroups/storage/providers/Microsoft.ManagedIdentity/userAssignedIdentities/records"
  }
}

resource "azurerm_storage_account" "archive" {
  name                     = "archiveaccount"
  resource_group_name      = "storage"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_customer_managed_key" "archive" {
  storage_account_id = azurerm_storage_account.archive.id
  key_vault_id       = "/subscriptions/0000/resourceGroups/storage/providers/Microsoft.KeyVault/vaults/archive"
  key_name           = "archive"
}

# Cosmos DB encrypts every account; with a key of the customer's only when the account names one.
resource "azurerm_cosmosdb_account" "catalog" { # expect: BW305
  name                          = "catalog"
  location                      = "westeurope"
  resource_group_name           = "data"
  offer_type                    = "Standard"
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "orders" {
  name                          = "orders"
  location                      = "westeurope"
  resource_group_name           = "data"
  offer_type                    = "Standard"
  public_network_access_enabled = false
  key_vault_key_id              = "https://vault.vault.azure.net/keys/cosmos"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
