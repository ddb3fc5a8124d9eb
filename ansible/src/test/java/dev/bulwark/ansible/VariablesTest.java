package dev.bulwark.ansible;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.UnitResult;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jinja values resolved from every variable source, with Ansible's precedence, and their origins. */
class VariablesTest {
  @TempDir
  Path folder;

  private static final String TASK = """
        - name: database
          amazon.aws.rds_instance:
            id: db
            publicly_accessible: "{{ public }}"
      """;

  private static Value argument(UnitResult result, String address, String name) {
    Resource resource = AnsibleProject.byId(result).get(address);
    assertThat(resource).as(address).isNotNull();
    return resource.attributes().get(name).orElseThrow();
  }

  private Value publicOf(AnsibleProject project) {
    return argument(project.analyze(), "site.yml#play[0].tasks[0]", "publicly_accessible");
  }

  private AnsibleProject playbook(String playHeader) throws IOException {
    return new AnsibleProject(folder).file("site.yml", playHeader + "  tasks:\n" + TASK.indent(2));
  }

  @Test
  void aPlayVariableIsResolvedAtTheTaskWithTheVarsEntryAsOrigin() throws IOException {
    Value value = publicOf(playbook("""
        - hosts: all
          vars:
            public: yes
        """));
    assertThat(value).isInstanceOf(BoolValue.class);
    assertThat(value.isTrue()).isTrue();
    assertThat(value.range()).isEqualTo(Range.ofLine("site.yml", 8, 30, 44));
    assertThat(value.origin()).containsExactly(
        new RelatedLocation(Range.ofLine("site.yml", 3, 5, 16), "`public` is set here (play vars)"));
  }

  @Test
  void chainsOfVariablesKeepEveryHop() throws IOException {
    Value value = publicOf(playbook("""
        - hosts: all
          vars:
            public: "{{ exposed | bool }}"
            exposed: "on"
        """));
    assertThat(value.isTrue()).isTrue();
    assertThat(value.origin()).extracting(RelatedLocation::message)
        .containsExactly("`public` is set here (play vars)", "`exposed` is set here (play vars)");
    assertThat(value.origin().get(1).range().startLine()).isEqualTo(4);
  }

  @Test
  void fileLookupsSearchTheRoleThenTheTaskFilesFolderThenThePlaybooksFolder() throws IOException {
    UnitResult result = new AnsibleProject(folder)
        .file("site.yml", """
            - hosts: all
              roles: [web]
              tasks:
                - name: playbook task
                  amazon.aws.s3_bucket:
                    name: site
                    policy: "{{ lookup('file', 'policy.json') }}"
                - name: outside the scan
                  amazon.aws.s3_bucket:
                    name: other
                    policy: "{{ lookup('file', '../policy.json') }}"
            """)
        .file("files/policy.json", "playbook\n")
        .file("roles/web/tasks/main.yml", """
            - name: role task
              amazon.aws.s3_bucket:
                name: web
                policy: "{{ lookup('file', 'policy.json') }}"
                tags:
                  note: "{{ lookup('template', 'note.j2') }}"
            """)
        .file("roles/web/files/policy.json", "role\n")
        .file("roles/web/templates/note.j2", "for {{ owner }}")
        .file("roles/web/defaults/main.yml", "owner: ops\n")
        .analyze();
    assertThat(argument(result, "site.yml#play[0].roles[0].tasks[0]", "policy").asString()).contains("role");
    assertThat(argument(result, "site.yml#play[0].roles[0].tasks[0]", "tags").asMap().orElseThrow()
        .get("note").flatMap(Value::asString)).contains("for ops");
    assertThat(argument(result, "site.yml#play[0].tasks[0]", "policy").asString()).contains("playbook");
    assertThat(argument(result, "site.yml#play[0].tasks[1]", "policy")).isInstanceOf(UnknownValue.class);
  }

  @Test
  void precedenceFollowsAnsible() throws IOException {
    assertThat(publicOf(new AnsibleProject(folder).file("group_vars/all.yml", "public: group_all\n")
        .file("site.yml", "- hosts: all\n  tasks:\n" + TASK.indent(2))).asString()).contains("group_all");
    assertThat(publicOf(new AnsibleProject(folder).file("group_vars/all.yml", "public: group_all\n")
        .file("group_vars/web.yml", "public: group_web\n")
        .file("site.yml", "- hosts: web\n  tasks:\n" + TASK.indent(2))).asString()).contains("group_web");
    assertThat(publicOf(new AnsibleProject(folder).file("group_vars/all.yml", "public: group_all\n")
        .file("vars/extra.yml", "public: vars_file\n")
        .file("site.yml", "- hosts: all\n  vars:\n    public: play\n  vars_files: [vars/extra.yml]\n  tasks:\n"
            + TASK.indent(2))).asString()).contains("vars_file");
  }

  @Test
  void blockTaskAndFactVariablesOverridePlayVariables() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("site.yml", """
        - hosts: all
          vars:
            public: play
          tasks:
            - block:
                - amazon.aws.rds_instance:
                    id: a
                    publicly_accessible: "{{ public }}"
                - amazon.aws.rds_instance:
                    id: b
                    publicly_accessible: "{{ public }}"
                  vars:
                    public: task
              vars:
                public: block
            - set_fact:
                public: fact
            - amazon.aws.rds_instance:
                id: c
                publicly_accessible: "{{ public }}"
              vars:
                public: task
        """).analyze();
    assertThat(argument(result, "site.yml#play[0].tasks[0].block[0]", "publicly_accessible").asString())
        .contains("block");
    assertThat(argument(result, "site.yml#play[0].tasks[0].block[1]", "publicly_accessible").asString())
        .contains("task");
    Value fact = argument(result, "site.yml#play[0].tasks[2]", "publicly_accessible");
    assertThat(fact.asString()).contains("fact");
    assertThat(fact.origin()).extracting(RelatedLocation::message)
        .containsExactly("`public` is set here (set_fact or register)");
  }

  @Test
  void extraVarsWinOverEverything() throws IOException {
    Path file = Files.writeString(folder.resolve("extra.yml"), "other: x\npublic: from_file\n");
    AnsibleProject project = playbook("- hosts: all\n  vars:\n    public: play\n");
    project.settings(ScanSettings.builder().ansibleExtraVarFile(file).build());
    assertThat(publicOf(project).asString()).contains("from_file");
    project.settings(ScanSettings.builder().ansibleExtraVarFile(file).ansibleExtraVar("public", "cli").build());
    Value value = publicOf(project);
    assertThat(value).isEqualTo(new StringValue("cli", Range.ofLine("site.yml", 8, 30, 44)));
  }

  @Test
  void roleDefaultsAreOverriddenByPlayVarsAndRoleVarsOverrideThem() throws IOException {
    UnitResult result = new AnsibleProject(folder)
        .file("roles/db/defaults/main.yml", "public: default\nsize: 10\n")
        .file("roles/db/vars/main.yml", "engine: mysql\n")
        .file("roles/db/tasks/main.yml", """
            - amazon.aws.rds_instance:
                id: db
                publicly_accessible: "{{ public }}"
                allocated_storage: "{{ size }}"
                engine: "{{ engine }}"
            """)
        .file("site.yml", "- hosts: all\n  vars:\n    public: play\n  roles:\n    - db\n")
        .analyze();
    Resource db = AnsibleProject.byId(result).get("site.yml#play[0].roles[0].tasks[0]");
    assertThat(db.attributes().get("publicly_accessible").flatMap(Value::asString)).contains("play");
    assertThat(db.attributes().get("allocated_storage").flatMap(Value::asNumber).map(Number::intValue)).contains(10);
    assertThat(db.attributes().get("engine").flatMap(Value::asString)).contains("mysql");
    assertThat(db.attributes().get("allocated_storage").orElseThrow().origin())
        .extracting(RelatedLocation::message).containsExactly("`size` is set here (role defaults)");
  }

  @Test
  void varsAreTemplatedLazilyInTheScopeOfTheirUse() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("site.yml", """
        - hosts: all
          vars:
            public: "{{ exposure }}"
          tasks:
            - amazon.aws.rds_instance:
                id: a
                publicly_accessible: "{{ public }}"
              vars:
                exposure: true
        """).analyze();
    assertThat(argument(result, "site.yml#play[0].tasks[0]", "publicly_accessible").isTrue()).isTrue();
  }

  @Test
  void defaultAppliesInAPlaybookButNotInATaskFileAnalysedOnItsOwn() throws IOException {
    String task = "- amazon.aws.rds_instance:\n    id: a\n"
        + "    publicly_accessible: \"{{ db_public | default(true) }}\"\n";
    UnitResult result = new AnsibleProject(folder)
        .file("site.yml", "- hosts: all\n  tasks:\n" + task.indent(4))
        .file("standalone/create.yml", task)
        .analyze();
    assertThat(argument(result, "site.yml#play[0].tasks[0]", "publicly_accessible").isTrue()).isTrue();
    assertThat(argument(result, "standalone/create.yml#tasks[0]", "publicly_accessible"))
        .isInstanceOf(UnknownValue.class);
  }

  @Test
  void runtimeValuesAreUnknown() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("site.yml", """
        - hosts: all
          vars_prompt:
            - name: prompted
          tasks:
            - amazon.aws.s3_bucket:
                name: "{{ lookup('env', 'BUCKET') }}"
              register: created
            - amazon.aws.rds_instance:
                id: "{{ created.name }}"
                publicly_accessible: "{{ prompted }}"
                storage_encrypted: "{{ ansible_facts.encrypted | default(false) }}"
                engine: "{{ undefined_anywhere }}"
        """).analyze();
    Resource db = AnsibleProject.byId(result).get("site.yml#play[0].tasks[1]");
    assertThat(db.attributes().entries().values()).allSatisfy(entry ->
        assertThat(entry.value()).as(entry.key()).isInstanceOf(UnknownValue.class));
    assertThat(result.references()).singleElement().satisfies(reference -> {
      assertThat(reference.from().address()).isEqualTo("play[0].tasks[1]");
      assertThat(reference.to().address()).isEqualTo("play[0].tasks[0]");
      assertThat(reference.attribute()).isEqualTo("id");
    });
  }

  @Test
  void unsafeStringsAreNotTemplatedAndVaultValuesAreUnknown() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("site.yml", """
        - hosts: all
          vars:
            secret: !vault |
              $ANSIBLE_VAULT;1.1;AES256
              6231
          tasks:
            - amazon.aws.s3_bucket:
                name: !unsafe "{{ not_a_template }}"
                encryption: "{{ secret }}"
        """).analyze();
    Resource bucket = AnsibleProject.byId(result).get("site.yml#play[0].tasks[0]");
    assertThat(bucket.attributes().get("name").flatMap(Value::asString)).contains("{{ not_a_template }}");
    assertThat(bucket.attributes().get("encryption").orElseThrow()).isInstanceOf(UnknownValue.class);
  }

  @Test
  void omitLeavesTheArgumentOut() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("site.yml", """
        - hosts: all
          tasks:
            - amazon.aws.ec2_vol:
                instance: i-1
                encrypted: "{{ vol_encrypted | default(omit) }}"
        """).analyze();
    assertThat(AnsibleProject.byId(result).get("site.yml#play[0].tasks[0]").attributes().entries())
        .containsOnlyKeys("instance");
  }

  @Test
  void anotherGroupsVariablesOrAnUnreadableVarsFileMakeAVariableUnknown() throws IOException {
    UnitResult result = new AnsibleProject(folder)
        .file("group_vars/db.yml", "public: true\n")
        .file("site.yml", """
            - hosts: web
              vars:
                public: false
              tasks:
                - amazon.aws.rds_instance:
                    id: a
                    publicly_accessible: "{{ public }}"
            - hosts: all
              vars_files:
                - "{{ env }}.yml"
              tasks:
                - amazon.aws.rds_instance:
                    id: b
                    publicly_accessible: "{{ private | default(false) }}"
            """)
        .analyze();
    assertThat(argument(result, "site.yml#play[0].tasks[0]", "publicly_accessible").isFalse()).isTrue();
    assertThat(argument(result, "site.yml#play[1].tasks[0]", "publicly_accessible"))
        .isInstanceOf(UnknownValue.class);
    assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactly("include-not-found");
    List<String> messages = result.diagnostics().stream().map(d -> d.message()).toList();
    assertThat(messages).singleElement().asString().contains("{{ env }}.yml");
  }

  @Test
  void aSetFactUnderAConditionMayOrMayNotApply() throws IOException {
    UnitResult result = new AnsibleProject(folder).file("site.yml", """
        - hosts: all
          vars:
            public: false
          tasks:
            - set_fact:
                public: true
              when: expose
            - amazon.aws.rds_instance:
                id: a
                publicly_accessible: "{{ public }}"
        """).analyze();
    assertThat(argument(result, "site.yml#play[0].tasks[1]", "publicly_accessible"))
        .isInstanceOf(UnknownValue.class);
  }
}
