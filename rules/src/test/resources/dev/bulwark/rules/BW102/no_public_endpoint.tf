# Firewall rules of servers without a public endpoint admit no one: they are not reported.
resource "azurerm_postgresql_flexible_server" "in_subnet" {
  name                = "orders"
  resource_group_name = "data"
  location            = "westeurope"
  delegated_subnet_id = "/subscriptions/0000/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/v/subnets/db"
  private_dns_zone_id = "/subscriptions/0000/resourceGroups/net/providers/Microsoft.Network/privateDnsZones/db"
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "all" {
  name             = "all"
  server_id        = azurerm_postgresql_flexible_server.in_subnet.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}

resource "azurerm_mssql_server" "private" {
  name                          = "billing"
  resource_group_name           = "data"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
}

resource "azurerm_mssql_firewall_rule" "all" {
  name             = "all"
  server_id        = azurerm_mssql_server.private.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}

resource "azurerm_mssql_server" "public" {
  name                = "reports"
  resource_group_name = "data"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_firewall_rule" "everyone" {
  name             = "everyone"
  server_id        = azurerm_mssql_server.public.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255" # expect: BW102
}

resource "google_sql_database_instance" "private_ip" {
  name             = "inventory"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/p/global/networks/default"
      authorized_networks {
        value = "0.0.0.0/0"
      }
    }
  }
}
