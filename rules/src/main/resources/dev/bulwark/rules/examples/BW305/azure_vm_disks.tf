# A virtual machine's disks use a platform key unless a disk encryption set chooses one of the customer's.
resource "azurerm_linux_virtual_machine" "platform_key" {
  name                  = "web"
  resource_group_name   = "apps"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["/subscriptions/0000/resourceGroups/apps/providers/Microsoft.Network/networkInterfaces/web"]
  os_disk { # expect: BW305
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

resource "azurerm_windows_virtual_machine" "customer_key" {
  name                  = "reports"
  resource_group_name   = "apps"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureadmin"
  admin_password        = var.admin_password
  network_interface_ids = ["/subscriptions/0000/resourceGroups/apps/providers/Microsoft.Network/networkInterfaces/reports"]
  os_disk {
    caching                = "ReadWrite"
    storage_account_type   = "Premium_LRS"
    disk_encryption_set_id = "/subscriptions/0000/resourceGroups/keys/providers/Microsoft.Compute/diskEncryptionSets/vm-disks"
  }
  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter"
    version   = "latest"
  }
}

resource "azurerm_linux_virtual_machine_scale_set" "workers" {
  name                = "workers"
  resource_group_name = "apps"
  location            = "westeurope"
  sku                 = "Standard_B2s"
  admin_username      = "azureuser"
  os_disk {
    caching                = "ReadWrite"
    storage_account_type   = "Premium_LRS"
    disk_encryption_set_id = "/subscriptions/0000/resourceGroups/keys/providers/Microsoft.Compute/diskEncryptionSets/vm-disks"
  }
  data_disk { # expect: BW305
    lun                  = 0
    caching              = "None"
    disk_size_gb         = 128
    storage_account_type = "Premium_LRS"
  }
}

variable "admin_password" {
  type      = string
  sensitive = true
}
