locals {
  by_az = {
    for subnet in aws_subnet.private :
    subnet.availability_zone => subnet.id...
  }

  flat = flatten([
    for k, v in var.rules : [
      for cidr in v.cidrs : {
        key  = "${k}-${cidr}"
        cidr = cidr
      }
    ]
  ])

  filtered = { for k, v in var.map : k => upper(v) if v != null && length(v) > 0 }

  # Comments between the parts of a for-expression.
  commented = [
    # leading
    for x in var.xs : # after the colon
    x * 2             // trailing
    if x % 2 == 0     /* condition */
  ]

  keyed = {
    for item in var.items : "${item.name}-${item.zone}" => {
      name = item.name
      zone = item.zone
    }
  }

  # A for-expression whose collection is itself an object for-expression, across lines.
  from_grouped = [
    for role, names in {
      for s in var.servers :
      s.role => s.name...
    } :
    length(names)
  ]

  grouped_if = { for s in var.servers : s.role => s.name... if s.enabled }
  tuple_of_objects = [for o in var.objects : { id = o.id, tags = merge(o.tags, { Extra = "x" }) }]
}
