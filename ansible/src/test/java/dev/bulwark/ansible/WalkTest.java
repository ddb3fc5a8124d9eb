package dev.bulwark.ansible;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How plays, blocks, includes, roles and loops turn tasks into resources, with their addresses and ranges. */
class WalkTest {
  @TempDir
  Path folder;

  private static String text(Resource resource, String argument) {
    return resource.attributes().get(argument).flatMap(Value::asString).orElseThrow();
  }

  @Test
  void everySectionAndBlockOfAPlayIsWalkedInOrder() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("site.yml", """
        - hosts: all
          pre_tasks:
            - s3_bucket: {name: pre}
          tasks:
            - debug: msg=not a resource
            - block:
                - s3_bucket: {name: in-block}
              rescue:
                - s3_bucket: {name: in-rescue}
              always:
                - block:
                    - s3_bucket: {name: nested}
          post_tasks:
            - s3_bucket: {name: post}
          handlers:
            - name: handler
              s3_bucket: {name: handled}
        - hosts: db
          tasks:
            - amazon.aws.s3_bucket: {name: second-play}
        """).analyze();
    Map<String, Resource> resources = AnsibleProject.byId(result);
    assertThat(resources.keySet()).containsExactlyInAnyOrder(
        "site.yml#play[0].pre_tasks[0]",
        "site.yml#play[0].tasks[1].block[0]",
        "site.yml#play[0].tasks[1].rescue[0]",
        "site.yml#play[0].tasks[1].always[0].block[0]",
        "site.yml#play[0].post_tasks[0]",
        "site.yml#play[0].handlers[0]",
        "site.yml#play[1].tasks[0]");
    Resource first = resources.get("site.yml#play[0].pre_tasks[0]");
    assertThat(first.type()).isEqualTo("amazon.aws.s3_bucket");
    assertThat(first.format()).isEqualTo("ansible");
    assertThat(first.kind()).isEqualTo(ResourceKind.MANAGED);
    assertThat(first.range()).isEqualTo(Range.ofLine("site.yml", 3, 7, 16));
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void tasksAndBlocksThatCanNeverRunAreLeftOut() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("site.yml", """
        - hosts: all
          tasks:
            - s3_bucket: {name: skipped}
              when: false
            - s3_bucket: {name: skipped-too}
              when: no
            - s3_bucket: {name: skipped-expression}
              when: "false"
            - s3_bucket: {name: skipped-by-one-of-all}
              when: [env == "prod", false]
            - when: false
              block:
                - s3_bucket: {name: in-skipped-block}
            - s3_bucket: {name: conditional}
              when: env == "prod"
            - s3_bucket: {name: always}
              when: true
        """).analyze();
    assertThat(AnsibleProject.byId(result).values()).extracting(resource -> text(resource, "name"))
        .containsExactlyInAnyOrder("conditional", "always");
  }

  @Test
  void aConditionThatEvaluatesToFalseBeforeDeploymentLeavesTheTaskOut() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("site.yml", """
        - hosts: all
          vars:
            create_public: false
            create_logs: "no"
            create_data: true
          tasks:
            - s3_bucket: {name: off-by-variable}
              when: create_public
            - s3_bucket: {name: off-by-filter}
              when: create_logs | bool
            - s3_bucket: {name: off-by-task-vars}
              when: local_switch
              vars:
                local_switch: false
            - s3_bucket: {name: switched-on}
              when: create_data
            - s3_bucket: {name: off-by-not}
              when: not create_data
            - s3_bucket: {name: undefined-switch}
              when: not_defined_anywhere
            - s3_bucket: {name: run-time-fact}
              when: ansible_facts.os_family == "Debian"
            - s3_bucket: {name: "{{ item }}"}
              when: item != "skipped"
              loop: [looped, skipped]
            - s3_bucket: {name: off-by-comparison}
              when: create_logs == "yes" and create_data
            - s3_bucket: {name: "{{ item.name }}"}
              when: item.create
              loop:
                - {name: created, create: true}
                - {name: not-created, create: false}
            - include_tasks: "{{ item.file }}.yml"
              when: item.enabled
              loop:
                - {file: included, enabled: true}
                - {file: not_included, enabled: false}
            - s3_bucket: {name: off-as-its-variable-is-defined}
              when: create_data is not defined
            - s3_bucket: {name: switch-maybe-given-at-run-time}
              when: switch_from_elsewhere is defined and switch_from_elsewhere
        """)
        .file("included.yml", "- s3_bucket: {name: included}\n")
        .file("not_included.yml", "- s3_bucket: {name: not-included}\n")
        .analyze();
    assertThat(AnsibleProject.byId(result).values()).filteredOn(resource -> resource.id().toString()
            .startsWith("site.yml")).extracting(resource -> text(resource, "name"))
        .containsExactlyInAnyOrder("switched-on", "undefined-switch", "run-time-fact", "looped", "created",
            "included", "switch-maybe-given-at-run-time");
  }

  @Test
  void orderingMembershipAndTestsOfKnownValuesDecideTheCondition() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("site.yml", """
        - hosts: all
          vars:
            retries: 1
            env: dev
          tasks:
            - s3_bucket: {name: off-by-ordering}
              when: retries > 3
            - s3_bucket: {name: on-by-ordering}
              when: retries <= 3
            - s3_bucket: {name: off-by-membership}
              when: env in ['prod', 'staging']
            - s3_bucket: {name: off-by-test}
              when: env is not string or retries is gt 2
            - s3_bucket: {name: run-time-fact}
              when: ansible_facts.processor_count > 3
            - s3_bucket: {name: undefined-operand}
              when: env in allowed_environments
            - s3_bucket: {name: string-against-number}
              when: env > 3
        """).analyze();
    assertThat(AnsibleProject.byId(result).values()).extracting(resource -> text(resource, "name"))
        .containsExactlyInAnyOrder("on-by-ordering", "run-time-fact", "undefined-operand", "string-against-number");
  }

  @Test
  void aRoleEntryThatCanNeverRunIsNotCalledThere() throws IOException {
    UnitResult result = new AnsibleProject(folder)
        .file("site.yml", """
            - hosts: all
              roles:
                - role: storage
                  when: false
                - role: storage
                  bucket_name: called
            """)
        .file("roles/storage/tasks/main.yml", "- s3_bucket: {name: \"{{ bucket_name }}\"}\n")
        .analyze();
    assertThat(AnsibleProject.byId(result).keySet()).containsExactly("site.yml#play[0].roles[1].tasks[0]");
  }

  @Test
  void tasksInCheckModeChangeNothingSoTheyYieldNoResource() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("site.yml", """
        - hosts: all
          vars:
            dry_run: true
            real_run: false
          tasks:
            - s3_bucket: {name: checked}
              check_mode: true
            - s3_bucket: {name: checked-yes}
              check_mode: yes
            - s3_bucket: {name: checked-by-variable}
              check_mode: "{{ dry_run }}"
            - s3_bucket: {name: checked-by-task-vars}
              check_mode: "{{ local_dry_run }}"
              vars:
                local_dry_run: true
            - s3_bucket: {name: applied}
              check_mode: false
            - s3_bucket: {name: applied-by-variable}
              check_mode: "{{ real_run }}"
            - s3_bucket: {name: undecided}
              check_mode: "{{ given_at_run_time }}"
            - check_mode: true
              block:
                - s3_bucket: {name: checked-in-block}
                - s3_bucket: {name: applied-in-block}
                  check_mode: false
                - block:
                    - s3_bucket: {name: checked-in-nested-block}
            - s3_bucket: {name: "{{ item.name }}"}
              check_mode: "{{ item.dry }}"
              loop:
                - {name: checked-item, dry: true}
                - {name: applied-item, dry: false}
            - amazon.aws.s3_bucket_info: {name: read-in-check-mode}
              check_mode: true
        """).analyze();
    assertThat(AnsibleProject.byId(result).values()).extracting(resource -> text(resource, "name"))
        .containsExactlyInAnyOrder("applied", "applied-by-variable", "undecided", "applied-in-block",
            "applied-item", "read-in-check-mode");
  }

  @Test
  void checkModeIsInheritedFromPlaysRoleEntriesAndImportsButNotFromDynamicIncludes() throws IOException {
    UnitResult result = new AnsibleProject(folder)
        .file("site.yml", """
            - hosts: all
              check_mode: true
              tasks:
                - s3_bucket: {name: checked-by-play}
                - s3_bucket: {name: applied-despite-play}
                  check_mode: false
            - hosts: all
              roles:
                - role: storage
                  check_mode: true
                  bucket_name: checked-by-role-entry
                - role: storage
                  bucket_name: applied-by-role-entry
              tasks:
                - import_tasks: bucket.yml
                  check_mode: true
                  vars: {bucket_name: checked-by-import}
                - include_tasks: bucket.yml
                  check_mode: true
                  vars: {bucket_name: applied-by-include}
                - import_role: {name: storage}
                  check_mode: true
                  vars: {bucket_name: checked-by-role-import}
                - include_role: {name: storage}
                  check_mode: true
                  vars: {bucket_name: applied-by-role-include}
                - check_mode: true
                  block:
                    - include_tasks: bucket.yml
                      vars: {bucket_name: checked-by-block-around-include}
            """)
        .file("bucket.yml", "- s3_bucket: {name: \"{{ bucket_name }}\"}\n")
        .file("roles/storage/tasks/main.yml", "- s3_bucket: {name: \"{{ bucket_name }}\"}\n")
        .analyze();
    assertThat(AnsibleProject.byId(result).values()).extracting(resource -> text(resource, "name"))
        .containsExactlyInAnyOrder("applied-despite-play", "applied-by-role-entry", "applied-by-include",
            "applied-by-role-include");
  }

  @Test
  void argumentsKeepExactRangesForKeysAndValues() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("tasks.yml", """
        - name: volume
          amazon.aws.ec2_vol:
            volume_size: 5
            encrypted: false
        - ec2_vol: instance=i-1 volume_size=5 encrypted="no"
        - ec2_vol: >
            instance=i-2
            encrypted=no
        """).analyze();
    Map<String, Resource> resources = AnsibleProject.byId(result);
    MapEntry dict = resources.get("tasks.yml#tasks[0]").attribute("encrypted").orElseThrow();
    assertThat(dict.keyRange()).isEqualTo(Range.ofLine("tasks.yml", 4, 5, 14));
    assertThat(dict.value().range()).isEqualTo(Range.ofLine("tasks.yml", 4, 16, 21));
    MapEntry freeForm = resources.get("tasks.yml#tasks[1]").attribute("encrypted").orElseThrow();
    assertThat(freeForm.keyRange()).isEqualTo(Range.ofLine("tasks.yml", 5, 39, 48));
    assertThat(freeForm.value().range()).isEqualTo(Range.ofLine("tasks.yml", 5, 50, 52));
    assertThat(freeForm.value().asString()).contains("no");
    MapEntry folded = resources.get("tasks.yml#tasks[2]").attribute("encrypted").orElseThrow();
    assertThat(folded.value().asString()).contains("no");
    assertThat(folded.value().range().startLine()).isEqualTo(6);
  }

  @Test
  void theActionKeywordFormsAndTheArgsKeywordGiveArguments() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("tasks.yml", """
        - action: ec2_vol instance=i-1 encrypted=yes
        - local_action:
            module: amazon.aws.ec2_vol
            encrypted: true
        - ec2_vol:
            encrypted: false
          args:
            encrypted: true
            volume_size: 8
        """).analyze();
    Map<String, Resource> resources = AnsibleProject.byId(result);
    assertThat(resources.get("tasks.yml#tasks[0]").type()).isEqualTo("amazon.aws.ec2_vol");
    assertThat(text(resources.get("tasks.yml#tasks[0]"), "encrypted")).isEqualTo("yes");
    assertThat(resources.get("tasks.yml#tasks[1]").attribute("encrypted").orElseThrow().value().isTrue()).isTrue();
    Resource withArgs = resources.get("tasks.yml#tasks[2]");
    assertThat(withArgs.attribute("encrypted").orElseThrow().value().isFalse()).isTrue();
    assertThat(withArgs.attribute("volume_size")).isPresent();
  }

  @Test
  void tasksThatRemoveOrOnlyReadCreateNothing() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("tasks.yml", """
        - s3_bucket: {name: gone, state: absent}
        - ec2_instance: {instance_ids: [i-1], state: terminated}
        - s3_bucket: {name: kept, state: "{{ wanted_state }}"}
        - amazon.aws.s3_bucket_info: {}
        """).analyze();
    Map<String, Resource> resources = AnsibleProject.byId(result);
    assertThat(resources.keySet()).containsExactlyInAnyOrder("tasks.yml#tasks[2]", "tasks.yml#tasks[3]");
    assertThat(resources.get("tasks.yml#tasks[3]").kind()).isEqualTo(ResourceKind.DATA);
  }

  @Test
  void aLoopOverKnownItemsGivesOneResourcePerItem() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("site.yml", """
        - hosts: all
          vars:
            buckets: [logs, data]
          tasks:
            - s3_bucket:
                name: "{{ item }}"
              loop: "{{ buckets }}"
            - s3_bucket:
                name: "{{ bucket.name }}-{{ index }}"
              with_items:
                - [{name: a}, {name: b}]
                - {name: c}
              loop_control:
                loop_var: bucket
                index_var: index
            - s3_bucket:
                name: "{{ item }}"
              loop: "{{ query('inventory_hostnames', 'all') }}"
            - s3_bucket:
                name: "{{ item.key }}"
              with_dict: {a: 1}
            - s3_bucket: {name: never}
              loop: []
        """).analyze();
    Map<String, Resource> resources = AnsibleProject.byId(result);
    assertThat(resources.keySet()).containsExactlyInAnyOrder(
        "site.yml#play[0].tasks[0][item=logs]", "site.yml#play[0].tasks[0][item=data]",
        "site.yml#play[0].tasks[1][0]", "site.yml#play[0].tasks[1][1]", "site.yml#play[0].tasks[1][2]",
        "site.yml#play[0].tasks[2]", "site.yml#play[0].tasks[3]");
    assertThat(text(resources.get("site.yml#play[0].tasks[0][item=data]"), "name")).isEqualTo("data");
    assertThat(text(resources.get("site.yml#play[0].tasks[1][2]"), "name")).isEqualTo("c-2");
    assertThat(resources.get("site.yml#play[0].tasks[2]").attributes().get("name").orElseThrow())
        .isInstanceOf(UnknownValue.class);
  }

  @Test
  void includedTaskFilesAndRolesAreWalkedWhereTheyAreIncluded() throws IOException {
    UnitResult result = new AnsibleProject(folder)
        .file("site.yml", """
            - hosts: all
              roles:
                - role: storage
                  bucket_name: from-param
              tasks:
                - include_tasks: tasks/extra.yml
                - import_tasks:
                    file: tasks/{{ kind }}.yml
                  vars:
                    kind: extra
                - include_role:
                    name: storage
                    tasks_from: other
            """)
        .file("tasks/extra.yml", "- s3_bucket: {name: extra}\n")
        .file("roles/storage/defaults/main.yml", "bucket_name: default\n")
        .file("roles/storage/meta/main.yml", "dependencies: [base]\n")
        .file("roles/storage/tasks/main.yml", "- s3_bucket: {name: \"{{ bucket_name }}\"}\n- import_tasks: more.yml\n")
        .file("roles/storage/tasks/more.yml", "- s3_bucket: {name: more}\n")
        .file("roles/storage/tasks/other.yml", "- s3_bucket: {name: other}\n")
        .file("roles/storage/handlers/main.yml", "- s3_bucket: {name: handler}\n")
        .file("roles/base/tasks/main.yml", "- s3_bucket: {name: base}\n")
        .analyze();
    Map<String, Resource> resources = AnsibleProject.byId(result);
    assertThat(resources.keySet()).containsExactlyInAnyOrder(
        "site.yml#play[0].roles[0].dependencies[0].tasks[0]",
        "site.yml#play[0].roles[0].tasks[0]",
        "site.yml#play[0].roles[0].tasks[1].tasks[0]",
        "site.yml#play[0].roles[0].handlers[0]",
        "site.yml#play[0].tasks[0].tasks[0]",
        "site.yml#play[0].tasks[1].tasks[0]",
        "site.yml#play[0].tasks[2].dependencies[0].tasks[0]",
        "site.yml#play[0].tasks[2].tasks[0]",
        "site.yml#play[0].tasks[2].handlers[0]");
    assertThat(text(resources.get("site.yml#play[0].roles[0].tasks[0]"), "name")).isEqualTo("from-param");
    assertThat(resources.get("site.yml#play[0].roles[0].tasks[1].tasks[0]").range().file())
        .isEqualTo("roles/storage/tasks/more.yml");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void whatNoPlaybookReachesIsAnalysedOnItsOwn() throws IOException {
    UnitResult result = new AnsibleProject(folder)
        .file("site.yml", "- hosts: all\n  roles: [used]\n")
        .file("roles/used/tasks/main.yml", "- s3_bucket: {name: used}\n")
        .file("roles/unused/tasks/main.yml", "- s3_bucket: {name: unused}\n- include_tasks: part.yml\n")
        .file("roles/unused/tasks/part.yml", "- s3_bucket: {name: part}\n")
        .file("roles/unused/tasks/orphan.yml", "- s3_bucket: {name: \"{{ prefix }}-orphan\"}\n")
        .file("roles/unused/defaults/main.yml", "prefix: role-default\n")
        .file("loose.yml", "- s3_bucket: {name: loose}\n")
        .analyze();
    Map<String, Resource> resources = AnsibleProject.byId(result);
    assertThat(resources.keySet()).containsExactlyInAnyOrder(
        "site.yml#play[0].roles[0].tasks[0]",
        "roles/unused#tasks[0]",
        "roles/unused#tasks[1].tasks[0]",
        "roles/unused/tasks/orphan.yml#tasks[0]",
        "loose.yml#tasks[0]");
    assertThat(text(resources.get("roles/unused/tasks/orphan.yml#tasks[0]"), "name")).isEqualTo("role-default-orphan");
  }

  @Test
  void aRoleScannedOnItsOwnIsTheUnitAtTheTop() throws IOException {
    UnitResult result = new AnsibleProject(folder)
        .file("tasks/main.yml", "- s3_bucket: {name: \"{{ bucket }}\"}\n- include_tasks: setup.yml\n")
        .file("tasks/setup.yml", "- s3_bucket: {name: setup}\n")
        .file("defaults/main.yml", "bucket: from-defaults\n")
        .file("meta/main.yml", "galaxy_info: {author: someone}\ndependencies: []\n")
        .analyze();
    Map<String, Resource> resources = AnsibleProject.byId(result);
    assertThat(resources.keySet()).containsExactlyInAnyOrder(".#tasks[0]", ".#tasks[1].tasks[0]");
    assertThat(text(resources.get(".#tasks[0]"), "name")).isEqualTo("from-defaults");
    assertThat(result.sources()).hasSize(4);
  }

  @Test
  void aFileReachedFromTwoPlaybooksIsAnalysedInEach() throws IOException {
    UnitResult result = new AnsibleProject(folder)
        .file("a.yml", "- hosts: all\n  tasks:\n    - import_tasks: shared.yml\n")
        .file("b.yml", "- hosts: all\n  tasks:\n    - import_tasks: shared.yml\n")
        .file("shared.yml", "- s3_bucket: {name: shared}\n")
        .analyze();
    assertThat(AnsibleProject.byId(result).keySet())
        .containsExactlyInAnyOrder("a.yml#play[0].tasks[0].tasks[0]", "b.yml#play[0].tasks[0].tasks[0]");
  }

  @Test
  void includesThatCannotBeFollowedAreNotes() throws IOException {
    UnitResult result = new AnsibleProject(folder)
        .file("site.yml", """
            - hosts: all
              roles:
                - geerlingguy.java
              tasks:
                - include_tasks: "{{ ansible_os_family }}.yml"
                - include_tasks: missing.yml
                - include_tasks: loop.yml
                - include_role:
                    name: "{{ role_to_use }}"
            - import_playbook: other.yml
            """)
        .file("loop.yml", "- include_tasks: loop.yml\n")
        .analyze();
    assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.level()).isEqualTo(Diagnostic.Level.NOTE));
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactlyInAnyOrder(
        "role-not-found", "include-not-resolved", "include-not-found", "include-cycle", "include-not-resolved",
        "include-not-found");
    assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("include-not-resolved")).first()
        .satisfies(d -> assertThat(d.range()).contains(Range.ofLine("site.yml", 5, 23, 50)));
  }

  @Test
  void moduleDefaultsApplyByGroupAndByModuleAndTaskArgumentsWin() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("site.yml", """
        - hosts: all
          module_defaults:
            group/aws:
              region: eu-west-1
            amazon.aws.ec2_vol:
              encrypted: true
          tasks:
            - ec2_vol: {volume_size: 1}
            - block:
                - ec2_vol: {volume_size: 2, region: us-east-1}
              module_defaults:
                ec2_vol:
                  encrypted: false
            - s3_bucket: {name: b}
              module_defaults:
                group/aws: "{{ aws_defaults }}"
        """).analyze();
    Map<String, Resource> resources = AnsibleProject.byId(result);
    Resource first = resources.get("site.yml#play[0].tasks[0]");
    assertThat(text(first, "region")).isEqualTo("eu-west-1");
    assertThat(first.attribute("encrypted").orElseThrow().value().isTrue()).isTrue();
    assertThat(first.attribute("encrypted").orElseThrow().keyRange().startLine()).isEqualTo(6);
    Resource inBlock = resources.get("site.yml#play[0].tasks[1].block[0]");
    assertThat(text(inBlock, "region")).isEqualTo("us-east-1");
    assertThat(inBlock.attribute("encrypted").orElseThrow().value().isFalse()).isTrue();
    assertThat(result.models()).hasSize(2);
  }

  @Test
  void aFileWithSeveralDocumentsIsReadUpToItsFirst() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("tasks.yml", """
        ---
        - s3_bucket: {name: first}
        ---
        - s3_bucket: {name: second}
        """).analyze();
    assertThat(AnsibleProject.byId(result)).containsOnlyKeys("tasks.yml#tasks[0]");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("multiple-documents");
  }
}
