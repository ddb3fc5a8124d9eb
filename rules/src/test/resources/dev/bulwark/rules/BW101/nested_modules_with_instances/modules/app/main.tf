variable "name" {}

variable "public" {
  default = false
}

# Only the first replica takes the caller's setting; a value passed on unchanged stays at the outermost call site.
module "db" {
  source   = "../db"
  count    = 2
  name     = "${var.name}-${count.index}"
  public   = count.index == 0 ? var.public : false
  replicas = count.index
}
