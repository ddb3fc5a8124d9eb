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

/** Findings a reader could not tell apart (same rule, place, message and related locations) are reported once. */
class DuplicateFindingsTest {
  @TempDir
  Path folder;

  @Test
  void aRoleThatTwoPlaybooksUseIsReportedOnce() throws IOException {
    Path tasks = Files.createDirectories(folder.resolve("roles/lb/tasks"));
    Files.writeString(tasks.resolve("main.yml"), """
        - name: Create a load balancer
          amazon.aws.elb_classic_lb:
            name: web
            state: present
            zones: [us-east-1a]
            listeners:
              - protocol: http
                load_balancer_port: 80
                instance_port: 80
        """);
    for (String playbook : List.of("site.yml", "canary.yml")) {
      Files.writeString(folder.resolve(playbook), """
          - hosts: localhost
            roles:
              - lb
          """);
    }
    List<Finding> findings = Scanner.builder().path(folder).enableRules(List.of("BW406")).build().scan().findings();

    assertThat(findings).singleElement()
        .satisfies(finding -> assertThat(finding.range().file()).isEqualTo("roles/lb/tasks/main.yml"));
  }
}
