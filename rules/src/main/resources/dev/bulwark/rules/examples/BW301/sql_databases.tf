# Azure SQL databases are encrypted with transparent data encryption unless a data warehouse turns it off.
resource "azurerm_mssql_database" "warehouse" {
  name                                = "warehouse"
  server_id                           = "/subscriptions/0000/resourceGroups/data/providers/Microsoft.Sql/servers/sql"
  sku_name                            = "DW100c"
  transparent_data_encryption_enabled = false # expect: BW301
}

resource "azurerm_mssql_database" "orders" {
  name      = "orders"
  server_id = "/subscriptions/0000/resourceGroups/data/providers/Microsoft.Sql/servers/sql"
  sku_name  = "S0"
}

# A Synapse dedicated SQL pool's transparent data encryption is off until it is turned on.
resource "azurerm_synapse_sql_pool" "analytics" { # expect: BW301
  name                 = "analytics"
  synapse_workspace_id = "/subscriptions/0000/resourceGroups/data/providers/Microsoft.Synapse/workspaces/lake"
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = "GRS"
}

resource "azurerm_synapse_sql_pool" "reporting" {
  name                 = "reporting"
  synapse_workspace_id = "/subscriptions/0000/resourceGroups/data/providers/Microsoft.Synapse/workspaces/lake"
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = "GRS"
  data_encrypted       = true
}
