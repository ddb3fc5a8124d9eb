resource "aws_lightsail_instance_public_ports" "web" {
  instance_name = "web"

  port_info {
    protocol  = "tcp"
    from_port = 443
    to_port   = 443
    cidrs     = ["0.0.0.0/0"]
  }

  port_info {
    protocol  = "tcp"
    from_port = 22
    to_port   = 22
    cidrs     = ["0.0.0.0/0"] # expect: BW201
  }

  port_info {
    protocol   = "tcp"
    from_port  = 3306
    to_port    = 3306
    ipv6_cidrs = ["::/0"] # expect: BW201
  }
}

resource "aws_lightsail_instance_public_ports" "office" {
  instance_name = "admin"

  port_info {
    protocol  = "tcp"
    from_port = 22
    to_port   = 22
    cidrs     = ["203.0.113.0/24"]
  }
}
