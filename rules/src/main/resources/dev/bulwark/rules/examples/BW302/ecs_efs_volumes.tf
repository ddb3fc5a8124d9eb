# An ECS task mounts EFS over plain-text NFS unless each EFS volume enables transit encryption.
resource "aws_ecs_task_definition" "plain" {
  family                = "plain"
  container_definitions = jsonencode([{ name = "app", image = "app:1", essential = true }])

  volume {
    name = "data"

    efs_volume_configuration { # expect: BW302
      file_system_id = "fs-0123456789abcdef0"
      root_directory = "/data"
    }
  }
}

resource "aws_ecs_task_definition" "encrypted" {
  family                = "encrypted"
  container_definitions = jsonencode([{ name = "app", image = "app:1", essential = true }])

  volume {
    name = "data"

    efs_volume_configuration {
      file_system_id     = "fs-0123456789abcdef0"
      transit_encryption = "ENABLED"
    }
  }

  volume {
    name = "scratch"

    efs_volume_configuration {
      file_system_id     = "fs-0123456789abcdef1"
      transit_encryption = "DISABLED" # expect: BW302
    }
  }
}

resource "aws_ecs_task_definition" "bind_mount" {
  family                = "bind-mount"
  container_definitions = jsonencode([{ name = "app", image = "app:1", essential = true }])

  volume {
    name      = "tmp"
    host_path = "/tmp"
  }
}
