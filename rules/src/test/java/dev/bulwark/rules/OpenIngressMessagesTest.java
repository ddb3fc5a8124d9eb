package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.core.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An open ingress finding says what it exposes, briefly enough to read in a code-scanning alert. */
class OpenIngressMessagesTest {
  @TempDir
  Path folder;

  private List<String> messages(int from, int to) throws IOException {
    Files.writeString(folder.resolve("main.tf"), """
        resource "aws_security_group" "wide" {
          ingress {
            from_port   = %d
            to_port     = %d
            protocol    = "tcp"
            cidr_blocks = ["0.0.0.0/0"]
          }
        }
        """.formatted(from, to));
    return Scanner.builder().path(folder).enableRules(List.of("BW201")).build().scan().findings().stream()
        .map(Finding::message).toList();
  }

  @Test
  void aWideRangeNamesFiveServicesAndCountsTheOthers() throws IOException {
    assertThat(messages(1000, 10000)).singleElement().asString()
        .contains("to ports 1000-10000, including 1433 (SQL Server), 1521 (Oracle), 1522 (Oracle), 2049 (NFS), "
            + "2181 (ZooKeeper) and 32 more sensitive ports:");
  }

  @Test
  void everyPortButReservedPortZeroIsAllPorts() throws IOException {
    assertThat(messages(1, 65535)).singleElement().asString().contains("to all ports:");
  }

  @Test
  void aSourceTheProviderDefaultsToTheInternetIsNamedAsTheDefault() throws IOException {
    Files.writeString(folder.resolve("main.tf"), """
        resource "google_compute_firewall" "no_source" {
          name    = "no-source"
          network = "default"
          allow {
            protocol = "tcp"
            ports    = ["22"]
          }
        }
        """);
    List<Finding> findings = Scanner.builder().path(folder).enableRules(List.of("BW201")).build().scan().findings();

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.message()).isEqualTo("Firewall `google_compute_firewall.no_source` allows ingress from "
          + "0.0.0.0/0 (the default when no source is set) to port 22 (SSH): set `source_ranges` to the addresses "
          + "that need it, or take the service out of this rule's ports.");
      assertThat(finding.related()).extracting(related -> related.range().startLine() + " " + related.message())
          .containsExactly("1 the internet source");
    });
  }

  @Test
  void aNetworkAclRuleOfItsOwnIsReportedAsARuleOfTheAclItRefersTo() throws IOException {
    Files.writeString(folder.resolve("main.tf"), """
        resource "aws_network_acl" "public" {
          vpc_id = "vpc-1"
        }
        resource "aws_network_acl_rule" "ssh" {
          network_acl_id = aws_network_acl.public.id
          rule_number    = 100
          protocol       = "tcp"
          rule_action    = "allow"
          from_port      = 22
          to_port        = 22
          cidr_block     = "0.0.0.0/0"
        }
        """);
    List<Finding> findings = Scanner.builder().path(folder).enableRules(List.of("BW202")).build().scan().findings();

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.resourceAddress()).isEqualTo("aws_network_acl_rule.ssh");
      assertThat(finding.message()).startsWith("Network ACL `aws_network_acl.public` allows ingress from 0.0.0.0/0");
    });
  }
}
