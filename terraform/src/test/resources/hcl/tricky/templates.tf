resource "aws_iam_user" "u" {
  name = "user-${var.env == "prod" ? "p" : "${var.env}-${substr(md5("${var.seed}-x"), 0, 4)}"}"
  path = "/${join("/", [for p in var.paths : "${p}"])}/"

  tags = {
    "kubernetes.io/cluster/$${local.name}"  = "shared"
    "literal-$$$${x}"                       = "kept"
    "percent"                               = "100%"
    "dollar"                                = "$5 and $$ and $"
    "quotes"                                = "say \"${var.word}\" \\ done \t\u00e9\U0001F680"
    (var.dynamic_key)                       = "computed"
    "${var.prefix}-name"                    = "interpolated key"
  }
}

locals {
  count_flag   = "%{if var.enabled}1%{else}0%{endif}"
  groups       = "%{if var.etcd}etcd,%{endif}control%{if !var.public},private%{endif}"
  trimmed      = "  ${~ var.value ~}  "
  listing      = "%{ for i, v in var.list ~} ${i}=${v}; %{~ endfor }"
  brace_string = "${ {"a" = "}"}["a"] }"
  not_template = "100%%{ escaped directive"
}
