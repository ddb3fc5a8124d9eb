# An EKS managed node group with an SSH key and no source security groups has port 22 open to the internet.
resource "aws_eks_node_group" "open_ssh" {
  cluster_name    = "orders"
  node_group_name = "open-ssh"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-nodes"
  subnet_ids      = ["subnet-1", "subnet-2"]

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }

  remote_access { # expect: BW201
    ec2_ssh_key = "ops"
  }
}

resource "aws_eks_node_group" "bastion_only" {
  cluster_name    = "orders"
  node_group_name = "bastion-only"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-nodes"
  subnet_ids      = ["subnet-1", "subnet-2"]

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }

  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_eks_node_group" "no_remote_access" {
  cluster_name    = "orders"
  node_group_name = "no-ssh"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-nodes"
  subnet_ids      = ["subnet-1", "subnet-2"]

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }
}
