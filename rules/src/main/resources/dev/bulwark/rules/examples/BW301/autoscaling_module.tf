# The devices of the launch configuration that the autoscaling module creates.
module "workers" {
  source  = "terraform-aws-modules/autoscaling/aws"
  version = "~> 3.0"

  name          = "workers"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device = [
    { # expect: BW301
      volume_size = 50
    },
  ]

  ebs_block_device = [
    {
      device_name = "/dev/xvdz"
      volume_size = 50
      encrypted   = false # expect: BW301
    },
  ]
}
