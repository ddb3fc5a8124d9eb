/* A block comment at the top
   spanning lines */
# hash
// slashes
resource /* type */ "aws_instance" /* name */ "web" { # after the brace
  ami = "ami-123" # trailing hash
  // a line comment inside a block
  tags = {
    # comment as the first item
    Name = "web" // after an item
    /* before an item */ Env = "dev"
    # comment as the last item
  }
  list = [
    "a", # after an element
    // between elements
    "b" /* inline */, "c",
  ]
  call = coalesce(
    # comment in arguments
    var.a, /* between */ var.b
  )
  math = (1 + /* in expression */ 2) * 3
  /* comment before closing brace */
}
# a final comment
