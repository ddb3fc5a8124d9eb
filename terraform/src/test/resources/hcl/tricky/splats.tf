output "ids" {
  value = aws_instance.web[*].id
}

output "legacy" {
  value = [aws_instance.web.*.id, aws_instance.web.0.private_ip, var.list.1]
}

output "deep" {
  value = {
    first_ips  = aws_instance.web[*].network_interface[0].private_ip
    attr_then  = aws_instance.web.*.tags.Name
    attr_index = aws_instance.web.*.ebs_block_device[0]
    nested     = module.vpc.subnets[*].routes[*].cidr
    after_call = values(aws_instance.web)[*].arn
    in_for     = [for s in aws_subnet.private[*] : s.id if s.map_public_ip_on_launch]
  }
}
