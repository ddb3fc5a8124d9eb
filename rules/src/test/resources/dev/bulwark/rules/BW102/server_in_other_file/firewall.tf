resource "azurerm_mariadb_firewall_rule" "everyone" {
  name             = "everyone"
  server_name      = azurerm_mariadb_server.shop.name
  start_ip_address = var.start
  end_ip_address   = "255.255.255.255" # expect: BW102
}

variable "start" {
  default = "0.0.0.0"
}
