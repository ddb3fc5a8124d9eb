variable "log_deletes" {
  type    = bool
  default = false
}

variable "log_reads" {
  type = bool
}

resource "azurerm_storage_account" "from_default" {
  name                     = "ordersqueue"
  resource_group_name      = "orders"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  queue_properties {
    logging {
      delete  = var.log_deletes # expect: BW414
      read    = true
      write   = true
      version = "1.0"
    }
  }
}

# A variable without a default is unknown, and unknown is not flagged.
resource "azurerm_storage_account" "from_input" {
  name                     = "paymentsqueue"
  resource_group_name      = "payments"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  queue_properties {
    logging {
      delete  = true
      read    = var.log_reads
      write   = true
      version = "1.0"
    }
  }
}
