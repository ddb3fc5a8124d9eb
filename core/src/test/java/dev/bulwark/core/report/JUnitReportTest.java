package dev.bulwark.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Category;
import dev.bulwark.core.Excerpt;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Range;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JUnitReportTest {
  private static String xml(ScanResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JUnitReport.write(result, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void writesASuitePerRuleWithFailedSkippedAndErrorCases() throws IOException {
    assertThat(xml(Samples.withSuppressed())).isEqualTo("""
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="Bulwark" tests="6" failures="3" errors="1" skipped="2">
          <testsuite name="BW101 db-instance-publicly-accessible" tests="2" failures="1" errors="0" skipped="1">
            <testcase classname="main.tf" name="BW101 aws_db_instance.main:3:3">
              <failure type="high" message="Database instance `aws_db_instance.main` is reachable from the internet: \
        `publicly_accessible` should be false; it is true.">main.tf:3:3: HIGH BW101 Database instance \
        `aws_db_instance.main` is reachable from the internet: `publicly_accessible` should be false; it is \
        true.</failure>
            </testcase>
            <testcase classname="main.tf" name="BW101 aws_db_instance.replica:12:3">
              <skipped message="suppressed: bulwark:ignore BW101 at main.tf:11:3 (read-only replica for reporting)"/>
            </testcase>
          </testsuite>
          <testsuite name="BW301 volume-unencrypted" tests="1" failures="1" errors="0" skipped="0">
            <testcase classname="my dir/s3 bucket.tf" name="BW301 aws_ebs_volume.data[&quot;a.b&quot;]:2:3">
              <failure type="medium" message="Volume `aws_ebs_volume.data[&quot;a.b&quot;]` is not encrypted.">my \
        dir/s3 bucket.tf:2:3: MEDIUM BW301 Volume `aws_ebs_volume.data["a.b"]` is not encrypted.</failure>
            </testcase>
          </testsuite>
          <testsuite name="BW401 bucket-access-logging-disabled" tests="2" failures="1" errors="0" skipped="1">
            <testcase classname="main.tf" name="BW401 aws_s3_bucket.logs:7:2">
              <failure type="low" message="Bucket `logs` has no access logging.">main.tf:7:2: LOW BW401 Bucket `logs` \
        has no access logging.</failure>
            </testcase>
            <testcase classname="main.tf" name="BW401 aws_s3_bucket.old:20:1">
              <skipped message="suppressed: accepted in the baseline bulwark-baseline.json"/>
            </testcase>
          </testsuite>
          <testsuite name="bulwark.diagnostics" tests="1" failures="0" errors="1" skipped="0">
            <testcase classname="broken.tf" name="parse-error:4:7">
              <error type="parse-error" message="unexpected `}`"/>
            </testcase>
          </testsuite>
        </testsuites>
        """);
  }

  @Test
  void aRuleWithoutFindingsIsOnePassingCase() throws Exception {
    Element suite = (Element) parse(xml(Samples.with(List.of()))).getElementsByTagName("testsuite").item(0);

    assertThat(suite.getAttribute("name")).isEqualTo("BW101 db-instance-publicly-accessible");
    assertThat(suite.getAttribute("tests")).isEqualTo("1");
    assertThat(suite.getAttribute("failures")).isEqualTo("0");
    Element only = (Element) suite.getElementsByTagName("testcase").item(0);
    assertThat(only.getAttribute("name")).isEqualTo("BW101 Database instance is publicly accessible: no finding");
    assertThat(only.getChildNodes().getLength()).isZero();
  }

  @Test
  void textXmlCannotHoldIsDroppedAndTheRestEscaped() throws Exception {
    Finding hostile = new Finding("BW101", Severity.HIGH, Category.PUBLIC_DATABASE,
        "name \u001b[2J <b>&\"x\"</b> \ud800 is public", Range.ofLine("a\u0000.tf", 1, 1, 2), "t", "r", "a",
        List.of(), "f", new Excerpt(1, List.of()));

    Document document = parse(xml(Samples.with(List.of(hostile))));

    Element failure = (Element) document.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("name [2J <b>&\"x\"</b>  is public");
    assertThat(((Element) failure.getParentNode()).getAttribute("classname")).isEqualTo("a.tf");
  }
}
