resource "azurerm_search_service" "whole_internet" {
  name                = "whole-internet"
  resource_group_name = "search"
  location            = "westeurope"
  sku                 = "standard"
  allowed_ips         = ["203.0.113.0/24", "0.0.0.0/0"] # expect: BW102
}
