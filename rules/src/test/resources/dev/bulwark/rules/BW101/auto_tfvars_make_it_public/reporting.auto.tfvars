public = "true"
