variable "crlf" {
  type    = string
  default = "windows"
}

locals {
  doc = <<-EOT
    line one
      line two
    EOT
  list = [
    "a",
    "b",
  ]
  obj = {
    k = "v"
  }
}
