variable "volumes" {
  type = map(object({
    size      = number
    encrypted = optional(bool, true)
  }))
  default = {
    data    = { size = 100 }
    scratch = { size = 20, encrypted = false }
  }
}

resource "aws_ebs_volume" "this" {
  for_each          = var.volumes
  availability_zone = "eu-west-1a"
  size              = each.value.size
  encrypted         = each.value.encrypted # expect: BW301
}

resource "aws_ebs_volume" "counted" {
  count             = 3
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = count.index < 2 # expect: BW301
}

resource "aws_ebs_volume" "none" {
  count             = 0
  availability_zone = "eu-west-1a"
}
