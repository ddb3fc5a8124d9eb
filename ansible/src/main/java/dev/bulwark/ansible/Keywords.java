package dev.bulwark.ansible;

import java.util.Set;

/** The playbook keywords of plays, blocks and tasks; any other key of a task names its action (module). */
final class Keywords {
  /** Keywords a task or block may carry (including handler and legacy privilege-escalation ones). */
  static final Set<String> TASK = Set.of("action", "always", "any_errors_fatal", "args", "async", "become",
      "become_exe", "become_flags", "become_method", "become_user", "block", "changed_when", "check_mode",
      "collections", "connection", "debugger", "delay", "delegate_facts", "delegate_to", "diff", "environment",
      "failed_when", "ignore_errors", "ignore_unreachable", "listen", "local_action", "loop", "loop_control",
      "module_defaults", "name", "no_log", "notify", "poll", "port", "register", "remote_user", "rescue", "retries",
      "run_once", "tags", "throttle", "timeout", "until", "vars", "when", "always_run", "static", "su", "su_user",
      "sudo", "sudo_user");

  /** Keywords only a play carries. */
  static final Set<String> PLAY = Set.of("fact_path", "force_handlers", "gather_facts", "gather_subset",
      "gather_timeout", "handlers", "hosts", "max_fail_percentage", "order", "post_tasks", "pre_tasks", "roles",
      "serial", "strategy", "tasks", "user", "vars_files", "vars_prompt");

  /** Keywords of an entry of a play's {@code roles:} list, besides the role's name; others are role parameters. */
  static final Set<String> ROLE_ENTRY = Set.of("role", "name", "vars", "when", "tags", "become", "become_user",
      "become_method", "become_flags", "become_exe", "delegate_to", "delegate_facts", "environment", "ignore_errors",
      "module_defaults", "no_log", "run_once", "any_errors_fatal", "check_mode", "collections", "connection",
      "debugger", "diff", "ignore_unreachable", "port", "remote_user", "throttle", "timeout");

  private Keywords() {}

  /** Whether {@code key} of a task is a keyword rather than the name of its action. */
  static boolean isTaskKeyword(String key) {
    return TASK.contains(key) || key.startsWith("with_");
  }
}
