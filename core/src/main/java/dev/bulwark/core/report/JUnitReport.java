package dev.bulwark.core.report;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;
import dev.bulwark.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a scan result as JUnit XML, the test report format CI servers (Jenkins, GitLab, Azure Pipelines) display:
 * one {@code testsuite} per rule that ran, one failed {@code testcase} per finding (its class name the file, its
 * name the rule, resource and position), one skipped {@code testcase} per suppressed finding with why, a passing
 * {@code testcase} for a rule without findings, and a {@code bulwark.diagnostics} suite with an {@code error}
 * test case per file that could not be read. Characters XML 1.0 cannot hold are dropped; the same result always
 * gives the same bytes.
 */
public final class JUnitReport {
  private final XMLStreamWriter xml;

  private JUnitReport(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** Writes {@code result} to {@code out} as UTF-8, leaving it open. */
  public static void write(ScanResult result, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
      xml.writeStartDocument("UTF-8", "1.0");
      new JUnitReport(xml).report(result);
      xml.writeEndDocument();
      xml.flush();
      writer.write("\n");
      writer.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit report", e);
    }
  }

  private void report(ScanResult result) throws XMLStreamException {
    List<Diagnostic> errors = result.diagnostics().stream()
        .filter(diagnostic -> diagnostic.level() == Diagnostic.Level.ERROR).toList();
    Map<String, List<Finding>> findings = result.findings().stream()
        .collect(Collectors.groupingBy(Finding::ruleId));
    Map<String, List<SuppressedFinding>> suppressed = result.suppressed().stream()
        .collect(Collectors.groupingBy(entry -> entry.finding().ruleId()));
    int tests = result.rules().stream().mapToInt(rule -> Math.max(1,
        findings.getOrDefault(rule.id(), List.of()).size() + suppressed.getOrDefault(rule.id(), List.of()).size()))
        .sum();
    newline(0);
    xml.writeStartElement("testsuites");
    counts("Bulwark", tests + errors.size(), result.findings().size(), errors.size(), result.suppressed().size());
    for (RuleMetadata rule : result.rules()) {
      suite(rule, findings.getOrDefault(rule.id(), List.of()), suppressed.getOrDefault(rule.id(), List.of()));
    }
    if (!errors.isEmpty()) {
      newline(1);
      xml.writeStartElement("testsuite");
      counts("bulwark.diagnostics", errors.size(), 0, errors.size(), 0);
      for (Diagnostic error : errors) {
        testCase(error.file(), error.code() + position(error.range().orElse(null)));
        xml.writeEmptyElement("error");
        attribute("type", error.code());
        attribute("message", error.message());
        endTestCase();
      }
      newline(1);
      xml.writeEndElement();
    }
    newline(0);
    xml.writeEndElement();
  }

  private void suite(RuleMetadata rule, List<Finding> findings, List<SuppressedFinding> suppressed)
      throws XMLStreamException {
    newline(1);
    xml.writeStartElement("testsuite");
    counts(rule.id() + " " + rule.name(), Math.max(1, findings.size() + suppressed.size()), findings.size(), 0,
        suppressed.size());
    for (Finding finding : findings) {
      testCase(finding);
      xml.writeStartElement("failure");
      attribute("type", finding.severity().label());
      attribute("message", finding.message());
      text(finding.range().file() + position(finding.range()) + ": " + finding.severity().name() + " "
          + finding.ruleId() + " " + finding.message());
      xml.writeEndElement();
      endTestCase();
    }
    for (SuppressedFinding entry : suppressed) {
      testCase(entry.finding());
      xml.writeEmptyElement("skipped");
      attribute("message", "suppressed: " + describe(entry.suppression()));
      endTestCase();
    }
    if (findings.isEmpty() && suppressed.isEmpty()) {
      newline(2);
      xml.writeEmptyElement("testcase");
      attribute("classname", "bulwark");
      attribute("name", rule.id() + " " + rule.title() + ": no finding");
    }
    newline(1);
    xml.writeEndElement();
  }

  private static String describe(Suppression suppression) {
    String reason = suppression.justification();
    if (suppression instanceof Suppression.InSource inSource) {
      return inSource.directive() + " at " + inSource.range().file() + position(inSource.range())
          + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
    return reason;
  }

  private void testCase(Finding finding) throws XMLStreamException {
    testCase(finding.range().file(),
        finding.ruleId() + " " + finding.resourceAddress() + position(finding.range()));
  }

  private void testCase(String classname, String name) throws XMLStreamException {
    newline(2);
    xml.writeStartElement("testcase");
    attribute("classname", classname.isEmpty() ? "bulwark" : classname);
    attribute("name", name);
    newline(3);
  }

  private void endTestCase() throws XMLStreamException {
    newline(2);
    xml.writeEndElement();
  }

  private static String position(Range range) {
    return range == null ? "" : ":" + range.startLine() + ":" + range.startColumn();
  }

  private void counts(String name, int tests, int failures, int errors, int skipped) throws XMLStreamException {
    attribute("name", name);
    attribute("tests", String.valueOf(tests));
    attribute("failures", String.valueOf(failures));
    attribute("errors", String.valueOf(errors));
    attribute("skipped", String.valueOf(skipped));
  }

  private void attribute(String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, xmlSafe(value));
  }

  private void text(String value) throws XMLStreamException {
    xml.writeCharacters(xmlSafe(value));
  }

  private void newline(int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** {@code text} without the characters XML 1.0 cannot hold (most control characters, lone surrogates). */
  static String xmlSafe(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    text.codePoints().filter(JUnitReport::isXmlChar).forEach(safe::appendCodePoint);
    return safe.toString();
  }

  private static boolean isXmlChar(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
