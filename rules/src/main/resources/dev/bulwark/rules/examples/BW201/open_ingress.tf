resource "aws_security_group" "ssh_open" {
  name = "ssh"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"] # expect: BW201
  }
}

resource "aws_security_group" "rdp_both_families" {
  ingress {
    from_port        = 3389
    to_port          = 3389
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"] # expect: BW201
    ipv6_cidr_blocks = ["::/0"] # expect: BW201
  }
}

resource "aws_security_group" "everything" {
  ingress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    ipv6_cidr_blocks = ["::/0"] # expect: BW201
  }
}

resource "aws_security_group" "tcp_port_range" {
  ingress {
    from_port   = 20
    to_port     = 25
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: BW201
  }

  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: BW201
  }
}

resource "aws_security_group" "attribute_syntax" {
  ingress = [
    {
      description      = "MySQL, protocol by number"
      from_port        = 3306
      to_port          = 3306
      protocol         = "6"
      cidr_blocks      = ["0.0.0.0/0"] # expect: BW201
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
    },
  ]
}

resource "aws_default_security_group" "default" {
  vpc_id = "vpc-123456"

  ingress {
    protocol    = "all"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"] # expect: BW201
  }
}

resource "aws_security_group_rule" "docker_daemon" {
  type              = "ingress"
  security_group_id = "sg-123456"
  protocol          = "tcp"
  from_port         = 2375
  to_port           = 2376
  cidr_blocks       = ["0.0.0.0/0"] # expect: BW201
}
