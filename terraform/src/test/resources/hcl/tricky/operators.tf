locals {
  complex = (
    var.a > 1 && var.b != "x"
    || !var.c
    ? "yes"
    : "no"
  )
  arithmetic = -var.x + 2 * (3 - var.y) / 4 % 5
  compare    = [1 < 2, 2 <= 2, 3 > 2, 3 >= 3, "a" == "a", true != false]
  nested     = var.a ? var.b ? 1 : 2 : var.c ? 3 : 4
  negatives  = [-1, - 2, -1.5e3, !true]
  numbers    = [0, 10, 3.14, 1e10, 2.5E-3, 6e+2]
  nulls      = var.x == null ? null : var.x
  ternary_in_index = var.map[var.flag ? "a" : "b"]
}
