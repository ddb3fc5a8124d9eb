# The default is unsafe, but the deployment's terraform.tfvars sets it safely.
variable "public" {
  type    = bool
  default = true

  validation {
    condition     = var.public == false || var.environment == "sandbox"
    error_message = "Only sandboxes may be public."
  }
}

variable "environment" {
  type    = string
  default = "prod"
}
