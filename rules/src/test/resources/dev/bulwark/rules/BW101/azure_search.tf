resource "azurerm_search_service" "open" { # expect: BW101
  name                = "open"
  resource_group_name = "search"
  location            = "westeurope"
  sku                 = "standard"
}

resource "azurerm_search_service" "listed_clients" {
  name                = "listed"
  resource_group_name = "search"
  location            = "westeurope"
  sku                 = "standard"
  allowed_ips         = ["203.0.113.0/24"]
}

resource "azurerm_search_service" "private" {
  name                          = "private"
  resource_group_name           = "search"
  location                      = "westeurope"
  sku                           = "standard"
  public_network_access_enabled = false
}

resource "azurerm_search_service" "empty_list" { # expect: BW101
  name                = "empty"
  resource_group_name = "search"
  location            = "westeurope"
  sku                 = "standard"
  allowed_ips         = []
}

variable "search_clients" {
  type = list(string)
}

resource "azurerm_search_service" "clients_decided_later" {
  name                = "later"
  resource_group_name = "search"
  location            = "westeurope"
  sku                 = "standard"
  allowed_ips         = var.search_clients
}
