variable "vpc_id" {
  description = "The VPC to deploy into"
  type        = string
}

variable "db_password" {
  description = "Master password of the orders database"
  type        = string
  sensitive   = true
}
