locals {
  # A heredoc as the value of an object for-expression, with directives and strip markers.
  user_data = {
    for name, host in var.hosts :
    name => <<SCRIPT
%{ if length(host.dns) > 0 ~}
#!/bin/sh
printf "nameserver %s\n" ${join(" ", [for d in host.dns : "\"${d}\""])} > /etc/resolv.conf
%{ else ~}
echo "no dns for ${name}"
%{ endif ~}
SCRIPT
  }

  hosts_file = <<-EOT
    127.0.0.1 localhost
    %{~ for ip, names in var.extra_hosts ~}
    ${ip} ${join(" ", names)}
    %{~ endfor ~}
    # done with $${HOSTS} and %%{ literal }
  EOT

  policy = jsonencode(<<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Resource": "arn:aws:s3:::${var.bucket}/$${aws:username}/*"
    }
  ]
}
POLICY
  )

  nested = <<-OUTER
	${format("%s-%s", var.a, <<-INNER
	  inner text
	  INNER
	)}
	OUTER

  empty      = <<EOT
EOT
  marker_like_text = <<END
END_NOT_YET
  END still not alone? yes it is alone on the next line
END
}
