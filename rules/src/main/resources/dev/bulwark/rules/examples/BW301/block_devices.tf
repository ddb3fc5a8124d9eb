# EBS devices of instances, launch configurations, launch templates and images.
variable "encrypt_root" {
  type = bool
}

resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device { # expect: BW301
    volume_size = 16
  }

  ebs_block_device {
    device_name = "/dev/sdb"
    volume_size = 100
    encrypted   = false # expect: BW301
  }

  # A device made from a snapshot takes the snapshot's encryption.
  ebs_block_device {
    device_name = "/dev/sdc"
    snapshot_id = "snap-0123456789abcdef0"
  }
}

resource "aws_instance" "decided_at_plan_time" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = var.encrypt_root
  }
}

# Without devices, the volumes come from the image.
resource "aws_instance" "image_volumes" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_configuration" "workers" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }

  ebs_block_device { # expect: BW301
    device_name = "/dev/sdb"
  }
}

resource "aws_launch_template" "app" {
  image_id = "ami-0123456789abcdef0"

  block_device_mappings {
    device_name = "/dev/sda1"
    ebs { # expect: BW301
      volume_size = 20
    }
  }

  block_device_mappings {
    device_name = "/dev/sdb"
    ebs {
      volume_size = 50
      encrypted   = "true"
    }
  }
}

resource "aws_ami" "image" {
  name                = "app"
  virtualization_type = "hvm"
  root_device_name    = "/dev/xvda"

  ebs_block_device {
    device_name = "/dev/xvda"
    volume_size = 8
    encrypted   = false # expect: BW301
  }
}
