# Google Cloud firewall policy rules: only an enabled rule whose action is "allow" lets traffic in.
resource "google_compute_network_firewall_policy_rule" "ssh" {
  firewall_policy = "vpc-policy"
  priority        = 1000
  action          = "allow"
  direction       = "INGRESS"

  match {
    src_ip_ranges = ["0.0.0.0/0"]

    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["22", "443"] # expect: BW201
    }
  }
}

resource "google_compute_firewall_policy_rule" "everything" {
  firewall_policy = "organizations/123456789/firewallPolicies/baseline"
  priority        = 2000
  action          = "allow"
  direction       = "INGRESS"

  match {
    src_ip_ranges = ["::/0"]

    layer4_configs { # expect: BW201
      ip_protocol = "all"
    }
  }
}

resource "google_compute_region_network_firewall_policy_rule" "office" {
  firewall_policy = "regional-policy"
  region          = "europe-west1"
  priority        = 1000
  action          = "allow"
  direction       = "INGRESS"

  match {
    src_ip_ranges = ["203.0.113.0/24"]

    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["3389"]
    }
  }
}

# Inspected, handed on, disabled or denied: none of these lets traffic in here.
resource "google_compute_network_firewall_policy_rule" "inspected" {
  firewall_policy        = "vpc-policy"
  priority               = 1100
  action                 = "apply_security_profile_group"
  security_profile_group = "//networksecurity.googleapis.com/organizations/123456789/locations/global/securityProfileGroups/ips"
  direction              = "INGRESS"

  match {
    src_ip_ranges = ["0.0.0.0/0"]

    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["22"]
    }
  }
}

resource "google_compute_network_firewall_policy_rule" "disabled" {
  firewall_policy = "vpc-policy"
  priority        = 1200
  action          = "allow"
  direction       = "INGRESS"
  disabled        = true

  match {
    src_ip_ranges = ["0.0.0.0/0"]

    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["22"]
    }
  }
}

resource "google_compute_firewall_policy_rule" "deny_all" {
  firewall_policy = "organizations/123456789/firewallPolicies/baseline"
  priority        = 65000
  action          = "deny"
  direction       = "INGRESS"

  match {
    src_ip_ranges = ["0.0.0.0/0"]

    layer4_configs {
      ip_protocol = "all"
    }
  }
}

# A policy declared with its rules: each rule block is read the same way.
resource "google_compute_network_firewall_policy_with_rules" "edge" {
  name = "edge"

  rule {
    priority  = 1000
    action    = "allow"
    direction = "INGRESS"

    match {
      src_ip_ranges = ["0.0.0.0/0"]

      layer4_config {
        ip_protocol = "tcp"
        ports       = ["443"]
      }

      layer4_config {
        ip_protocol = "tcp"
        ports       = ["3389"] # expect: BW201
      }
    }
  }

  rule {
    priority  = 2000
    action    = "deny"
    direction = "INGRESS"

    match {
      src_ip_ranges = ["0.0.0.0/0"]

      layer4_config {
        ip_protocol = "all"
      }
    }
  }
}
