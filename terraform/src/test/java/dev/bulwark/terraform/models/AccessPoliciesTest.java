package dev.bulwark.terraform.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.SearchDomain;
import dev.bulwark.core.model.Truth;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy built with {@code jsonencode} is read from the value it encodes, so its parts keep their places. */
class AccessPoliciesTest {
  @TempDir
  Path folder;

  private Fact openPolicy(String text) throws IOException {
    return Models.model(Models.of(folder, text), SearchDomain.class, "aws_opensearch_domain.d").openAccessPolicy();
  }

  @Test
  void thePrincipalInsideJsonencodeIsARelatedLocationAtItsOwnLine() throws IOException {
    Fact open = openPolicy("""
        resource "aws_opensearch_domain" "d" {
          domain_name = "d"
          access_policies = jsonencode({
            Statement = [{
              Effect    = "Allow"
              Principal = { AWS = "*" }
              Action    = "es:*"
            }]
          })
        }
        """);
    assertThat(open.truth()).isEqualTo(Truth.TRUE);
    assertThat(open.range().startLine()).isEqualTo(3);
    assertThat(open.origin()).filteredOn(location -> location.message().equals("the principal that admits anyone"))
        .extracting(location -> location.range().startLine()).containsExactly(6);
  }

  @Test
  void anEncodedPolicyPassedThroughALocalKeepsItsPlaces() throws IOException {
    Fact open = openPolicy("""
        locals {
          policy = jsonencode({
            Statement = [{ Effect = "Allow", Principal = "*", Action = "es:*" }]
          })
        }
        resource "aws_opensearch_domain" "d" {
          domain_name     = "d"
          access_policies = local.policy
        }
        """);
    assertThat(open.truth()).isEqualTo(Truth.TRUE);
    assertThat(open.range().startLine()).isEqualTo(8);
    assertThat(open.origin()).extracting(RelatedLocation::message).contains("the principal that admits anyone");
    assertThat(open.origin()).filteredOn(location -> location.message().equals("the principal that admits anyone"))
        .extracting(location -> location.range().startLine()).containsExactly(3);
  }
}
