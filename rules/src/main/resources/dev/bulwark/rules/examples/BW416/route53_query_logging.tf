resource "aws_route53_zone" "unlogged" { # expect: BW416
  name = "unlogged.example.com"
}

resource "aws_route53_zone" "logged" {
  name = "logged.example.com"
}

resource "aws_route53_query_log" "logged" {
  cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/route53/logged.example.com"
  zone_id                  = aws_route53_zone.logged.zone_id
}

# Private zones cannot log queries here (Resolver query logging covers them).
resource "aws_route53_zone" "private" {
  name = "internal.example.com"

  vpc {
    vpc_id = "vpc-12345678"
  }
}
