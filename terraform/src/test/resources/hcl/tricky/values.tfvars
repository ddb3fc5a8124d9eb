region        = "eu-central-1"
instance_type = "t3.micro"
replicas      = 3
enabled       = true
ratio         = 0.75
cidrs         = ["10.0.0.0/16", "10.1.0.0/16"]
tags = {
  Owner   = "team"
  "Cost:Center" : "1234"
}
nested = {
  a = { b = [{ c = 1 }, { c = 2 }] }
}
script = <<-EOT
  #!/bin/bash
  echo "hello"
EOT
empty_map  = {}
empty_list = []
