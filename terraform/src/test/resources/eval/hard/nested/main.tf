variable "values" {
  type = list(number)
}

output "ids" {
  value = [for value in var.values : value + 1]
}

module "again" {
  source = "../nested"
  values = []
}
