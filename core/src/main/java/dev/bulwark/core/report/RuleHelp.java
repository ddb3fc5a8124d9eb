package dev.bulwark.core.report;

import dev.bulwark.core.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A rule's help as SARIF shows it: the description, then how to fix it per format, the references and the
 * equivalent checks of other scanners, as plain text or as Markdown.
 */
final class RuleHelp {
  private static final Map<String, String> FORMAT_NAMES =
      Map.of("terraform", "Terraform", "cloudformation", "CloudFormation", "ansible", "Ansible");

  private RuleHelp() {}

  /** How an item's value is written in Markdown. */
  private enum Style {
    MARKDOWN(value -> value),
    LINK(value -> "<" + value + ">"),
    CODE(value -> "`" + value + "`");

    private final Function<String, String> markdown;

    Style(Function<String, String> markdown) {
      this.markdown = markdown;
    }
  }

  private record Item(String label, String value, Style style) {
    String text() {
      return label.isEmpty() ? value : label + ": " + value;
    }

    String markdown() {
      String value = style.markdown.apply(this.value);
      return label.isEmpty() ? value : "**" + label + ":** " + value;
    }
  }

  private record Section(String title, List<Item> items) {}

  static String text(RuleMetadata rule) {
    return render(rule, section -> section.title() + ":\n" + list(section, Item::text));
  }

  static String markdown(RuleMetadata rule) {
    return render(rule, section -> "## " + section.title() + "\n\n" + list(section, Item::markdown));
  }

  /** The first paragraph of the description that is not a heading, unwrapped; the title if there is none. */
  static String firstParagraph(RuleMetadata rule) {
    for (String block : description(rule).split("\n[ \t]*\n")) {
      String paragraph = block.strip();
      if (!paragraph.isEmpty() && !paragraph.startsWith("#")) {
        return paragraph.lines().map(String::strip).collect(Collectors.joining(" "));
      }
    }
    return titleSentence(rule);
  }

  /** The description with {@code \n} line ends, or the title as a sentence when it is blank. */
  private static String description(RuleMetadata rule) {
    return rule.description().isBlank()
        ? titleSentence(rule)
        : String.join("\n", rule.description().strip().lines().toList());
  }

  private static String titleSentence(RuleMetadata rule) {
    return rule.title() + ".";
  }

  private static String render(RuleMetadata rule, Function<Section, String> section) {
    StringBuilder help = new StringBuilder(description(rule));
    for (Section s : sections(rule)) {
      help.append("\n\n").append(section.apply(s));
    }
    return help.toString();
  }

  private static String list(Section section, Function<Item, String> item) {
    return section.items().stream().map(i -> "- " + item.apply(i)).collect(Collectors.joining("\n"));
  }

  private static List<Section> sections(RuleMetadata rule) {
    List<Item> remediation = rule.formats().stream()
        .map(format -> new Item(FORMAT_NAMES.getOrDefault(format, format), rule.remediation().get(format),
            Style.MARKDOWN))
        .toList();
    List<Item> references = rule.references().stream().map(uri -> new Item("", uri, Style.LINK)).toList();
    List<Item> equivalents = new ArrayList<>();
    rule.checkov().forEach(id -> equivalents.add(new Item("Checkov", id, Style.CODE)));
    rule.kics().forEach(id -> equivalents.add(new Item("KICS", id, Style.CODE)));
    rule.trivy().forEach(id -> equivalents.add(new Item("Trivy", id, Style.CODE)));
    rule.cfnNag().forEach(id -> equivalents.add(new Item("cfn-nag", id, Style.CODE)));
    return List.of(new Section("Remediation", remediation), new Section("References", references),
            new Section("Equivalent checks", equivalents)).stream()
        .filter(section -> !section.items().isEmpty())
        .toList();
  }
}
