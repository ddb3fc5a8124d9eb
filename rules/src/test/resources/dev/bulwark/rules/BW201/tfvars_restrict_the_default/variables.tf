variable "admin_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}
