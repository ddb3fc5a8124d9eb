# Cloud Storage buckets opened to everyone through IAM or ACLs, and buckets that prevent it.
resource "google_storage_bucket" "assets" {
  name     = "example-assets"
  location = "EU"
}

resource "google_storage_bucket_iam_member" "public_read" {
  bucket = google_storage_bucket.assets.name
  role   = "roles/storage.objectViewer"
  member = "allUsers" # expect: BW105
}

resource "google_storage_bucket_access_control" "public_read" {
  bucket = google_storage_bucket.assets.name
  role   = "READER"
  entity = "allAuthenticatedUsers" # expect: BW105
}

resource "google_storage_bucket_acl" "public_read" {
  bucket      = google_storage_bucket.assets.name
  role_entity = ["OWNER:project-owners-123456", "READER:allUsers"] # expect: BW105
}

resource "google_storage_default_object_acl" "predefined" {
  bucket      = google_storage_bucket.assets.name
  role_entity = ["READER:group-analysts@example.com"]
}

# Public access prevention refuses grants to everyone, and uniform bucket-level access turns ACLs off.
resource "google_storage_bucket" "private" {
  name                        = "example-private"
  location                    = "EU"
  public_access_prevention    = "enforced"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_iam_binding" "refused" {
  bucket  = google_storage_bucket.private.name
  role    = "roles/storage.objectViewer"
  members = ["allUsers"]
}

resource "google_storage_bucket_acl" "ignored" {
  bucket         = google_storage_bucket.private.name
  predefined_acl = "publicRead"
}
