variable "region" {
  type        = string
  default     = "eu-west-1"
  description = "Where to deploy"
}

variable "replicas" {
  default   = 3
  sensitive = false
  nullable  = true
}

variable "ratio" {
  default = 0.25
}

variable "offset" {
  default = -7
}

variable "enabled" {
  default = true
}

variable "greeting" {
  default = "café olé — ünïcödé"
}

variable "long_description" {
  description = <<-EOT
    Indented heredocs lose their common indentation;
      HCL4j keeps it.
  EOT
}

variable "template_text" {
  default = "literal $${not_interpolated}"
}
