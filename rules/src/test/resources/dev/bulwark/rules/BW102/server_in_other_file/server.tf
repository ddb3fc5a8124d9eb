resource "azurerm_mariadb_server" "shop" {
  name     = "shop-mariadb"
  sku_name = "GP_Gen5_2"
}
