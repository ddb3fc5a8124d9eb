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
