# A Synapse workspace's SQL endpoints are public unless public network access is turned off.
resource "azurerm_synapse_workspace" "analytics" { # expect: BW101
  name                                 = "analytics"
  resource_group_name                  = "data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://lake.dfs.core.windows.net/analytics"
  sql_administrator_login              = "sqladmin"
  sql_administrator_login_password     = var.sql_password
}

resource "azurerm_synapse_workspace" "private" {
  name                                 = "private-analytics"
  resource_group_name                  = "data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://lake.dfs.core.windows.net/private"
  public_network_access_enabled        = false
}

# A managed instance lives in a subnet; the public data endpoint puts it on the internet as well.
resource "azurerm_mssql_managed_instance" "public_endpoint" {
  name                         = "orders-mi"
  resource_group_name          = "data"
  location                     = "westeurope"
  license_type                 = "BasePrice"
  sku_name                     = "GP_Gen5"
  storage_size_in_gb           = 32
  subnet_id                    = "/subscriptions/0000/resourceGroups/data/providers/Microsoft.Network/virtualNetworks/core/subnets/mi"
  vcores                       = 4
  public_data_endpoint_enabled = true # expect: BW101
}

resource "azurerm_mssql_managed_instance" "subnet_only" {
  name                = "ledger-mi"
  resource_group_name = "data"
  location            = "westeurope"
  license_type        = "BasePrice"
  sku_name            = "GP_Gen5"
  storage_size_in_gb  = 32
  subnet_id           = "/subscriptions/0000/resourceGroups/data/providers/Microsoft.Network/virtualNetworks/core/subnets/mi"
  vcores              = 4
}

variable "sql_password" {
  type      = string
  sensitive = true
}
