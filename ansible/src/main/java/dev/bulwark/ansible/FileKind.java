package dev.bulwark.ansible;

/** What an Ansible file is, judged by its place and content. */
enum FileKind {
  /** A list of plays. */
  PLAYBOOK,
  /** A list of tasks: a role's tasks or handlers, or a task file found by content. */
  TASKS,
  /** Variables: a role's defaults or vars, group_vars, host_vars. */
  VARS,
  /** A role's {@code meta/main.yml}. */
  ROLE_META,
  /** Not Ansible, or data that Ansible only copies (a role's files and templates). */
  OTHER
}
