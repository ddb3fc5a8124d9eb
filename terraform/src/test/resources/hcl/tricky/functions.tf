locals {
  parsed    = provider::aws::arn_parse(var.arn).account_id
  merged    = merge(var.maps...)
  args_more = concat(var.a, var.b, [for x in var.c : x]...)
  trailing  = format(
    "%s-%s",
    var.a,
    var.b,
  )
  no_args   = timestamp()
  nested    = lookup(lookup(var.m, "a", {}), "b", try(var.d.e, null))
  keyword_fn = tolist(toset([true, false, null]))
}
