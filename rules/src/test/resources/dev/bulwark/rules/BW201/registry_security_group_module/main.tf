module "open_admin" {
  source = "terraform-aws-modules/security-group/aws"
  name   = "admin"

  ingress_cidr_blocks = ["0.0.0.0/0"] # expect: BW201, BW201
  ingress_rules       = ["ssh-tcp", "rdp-tcp", "https-443-tcp"]

  ingress_with_cidr_blocks = [
    {
      from_port   = 5432
      to_port     = 5432
      protocol    = "tcp"
      cidr_blocks = "10.0.0.0/8,0.0.0.0/0" # expect: BW201
    },
    {
      rule        = "mysql-tcp"
      cidr_blocks = "10.0.0.0/8"
    },
  ]
}

module "web" {
  source              = "terraform-aws-modules/security-group/aws"
  name                = "web"
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["http-80-tcp", "https-443-tcp"]
}

module "disabled" {
  source              = "terraform-aws-modules/security-group/aws"
  create              = false
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["all-all"]
}
