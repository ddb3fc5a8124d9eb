package dev.bulwark.terraform.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.value.UnknownValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionsTest {
  private final Eval eval = new Eval();

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiterString = " ~> ", textBlock = """
      concat([1], [], [2, 3]) ~> [1,2,3]
      merge({a = 1, b = 2}, null, {b = 3}) ~> {"a":1,"b":3}
      lookup({a = 1}, "a", 0) ~> 1
      lookup({a = 1}, "b", 0) ~> 0
      length("héllo") ~> 5
      length({a = 1, b = 2}) ~> 2
      element(["a", "b"], 3) ~> "b"
      contains(["a", "b"], "b") ~> true
      contains([1], "1") ~> false
      index(["a", "b"], "b") ~> 1
      keys({b = 1, a = 2}) ~> ["a","b"]
      values({b = 1, a = 2}) ~> [2,1]
      flatten([1, [2, [3, []]]]) ~> [1,2,3]
      distinct([1, 2, 1, "1"]) ~> [1,2,"1"]
      compact(["a", "", null, "b"]) ~> ["a","b"]
      zipmap(["a", "b"], [1, 2]) ~> {"a":1,"b":2}
      coalesce(null, "", "x") ~> "x"
      coalescelist([], [1]) ~> [1]
      range(3) ~> [0,1,2]
      range(1, 7, 3) ~> [1,4]
      range(3, 0) ~> [3,2,1]
      reverse([1, 2]) ~> [2,1]
      slice(["a", "b", "c"], 1, 3) ~> ["b","c"]
      pathexpand("rules/firewall") ~> "rules/firewall"
      try(pathexpand(null), "none") ~> "none"
      one([]) ~> null
      one(["x"]) ~> "x"
      chunklist([1, 2, 3], 2) ~> [[1,2],[3]]
      toset(["b", "a", "b"]) ~> ["a","b"]
      setunion(["a"], ["c", "b"]) ~> ["a","b","c"]
      setintersection(["a", "b"], ["b", "c"]) ~> ["b"]
      setsubtract(["a", "b"], ["b"]) ~> ["a"]
      sort(["b", "a", "c"]) ~> ["a","b","c"]
      alltrue([true, "true"]) ~> true
      anytrue([false]) ~> false
      sum([1, 2.5]) ~> 3.5
      tolist(["a"]) ~> ["a"]
      tomap({a = 1}) ~> {"a":1}
      tostring(12) ~> "12"
      tostring(null) ~> null
      tonumber("1.5") ~> 1.5
      tobool("false") ~> false
      format("%s-%03d-%.2f-%t", "a", 7, 3.14159, true) ~> "a-007-3.14-true"
      format("%q-%5s|%-3s|%%", "q", "r", "l") ~> "\\"q\\"-    r|l  |%"
      format("%v %v", [1, "a"], 2) ~> "[1,\\"a\\"] 2"
      formatlist("%s=%s", ["a", "b"], "x") ~> ["a=x","b=x"]
      join(",", ["a", "b"], ["c"]) ~> "a,b,c"
      split(",", "a,,b,") ~> ["a","","b",""]
      replace("a-b-c", "-", "_") ~> "a_b_c"
      replace("a1b22", "/[0-9]+/", "[$0]") ~> "a[1]b[22]"
      replace("key=value", "/(?P<k>\\\\w+)=(\\\\w+)/", "$2:$${k}") ~> "value:key"
      lower("ABC") ~> "abc"
      upper("abc") ~> "ABC"
      title("hello world-wide") ~> "Hello World-Wide"
      trimspace("  x \\n") ~> "x"
      trim("?!x!?", "!?") ~> "x"
      trimprefix("prefix-x", "prefix-") ~> "x"
      trimsuffix("x.tf", ".tf") ~> "x"
      substr("hello", 1, 3) ~> "ell"
      substr("hello", -3, -1) ~> "llo"
      startswith("hello", "he") ~> true
      endswith("hello", "lo") ~> true
      strcontains("hello", "ell") ~> true
      strrev("abc") ~> "cba"
      chomp("x\\n\\n") ~> "x"
      indent(2, "a\\nb") ~> "a\\n  b"
      regex("[a-z]+", "123abc456") ~> "abc"
      regex("(\\\\d+)-(\\\\d+)", "10-20") ~> ["10","20"]
      regex("(?P<a>\\\\d+)", "x42") ~> {"a":"42"}
      regexall("\\\\d", "a1b2") ~> ["1","2"]
      min(3, 1, 2) ~> 1
      max(3, 1, 2) ~> 3
      abs(-4) ~> 4
      ceil(1.2) ~> 2
      floor(-1.2) ~> -2
      pow(2, 10) ~> 1024
      signum(-3) ~> -1
      parseint("ff", 16) ~> 255
      jsonencode({b = [1, true, null], a = "<x>"}) ~> "{\\"a\\":\\"\\\\u003cx\\\\u003e\\",\\"b\\":[1,true,null]}"
      jsondecode("{\\"a\\": [1, 2.5, true, null, \\"s\\"]}") ~> {"a":[1,2.5,true,null,"s"]}
      yamldecode("a: 1\\nb: [x, yes]\\n") ~> {"a":1,"b":["x","yes"]}
      base64encode("hello") ~> "aGVsbG8="
      base64decode("aGVsbG8=") ~> "hello"
      md5("a") ~> "0cc175b9c0f1b6a831c399e269772661"
      sha256("a") ~> "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"
      urlencode("a b&c") ~> "a%20b%26c"
      cidrsubnet("10.0.0.0/16", 8, 2) ~> "10.0.2.0/24"
      cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162) ~> "fd00:fd12:3456:7800:a200::/72"
      cidrsubnets("10.1.0.0/16", 4, 4, 8, 4) ~> ["10.1.0.0/20","10.1.16.0/20","10.1.32.0/24","10.1.48.0/20"]
      cidrhost("10.12.112.0/20", 16) ~> "10.12.112.16"
      cidrhost("10.12.112.0/20", -2) ~> "10.12.127.254"
      cidrnetmask("172.16.0.0/12") ~> "255.240.0.0"
      basename("foo/bar/baz.txt") ~> "baz.txt"
      dirname("foo/bar/baz.txt") ~> "foo/bar"
      sensitive("s") ~> "s"
      concat([["a"], ["b"]]...) ~> ["a","b"]
      max([5, 9]...) ~> 9
      """)
  void builtInFunctionsComputeWhatTerraformComputes(String expression, String json) {
    assertThat(eval.json(expression)).isEqualTo(json);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~> ", textBlock = """
      concat(var.unknown, [1])
      merge({a = 1}, var.unknown)
      join(",", ["a", var.unknown])
      contains(["a", var.unknown], "b")
      jsonencode({a = var.unknown})
      format("%s", var.unknown)
      coalesce(var.unknown, "x")
      toset(["a", var.unknown])
      uuid()
      timestamp()
      pathexpand("~/.ssh")
      """)
  void aFunctionOfAnUnknownArgumentIsUnknown(String expression) {
    assertThat(eval.of(expression)).isInstanceOf(UnknownValue.class);
  }

  @Test
  void theItemsAFunctionDoesNotNeedMayBeUnknown() {
    assertThat(eval.json("contains([\"a\", var.unknown], \"a\")")).isEqualTo("true");
    assertThat(eval.json("length(concat([var.unknown], [1]))")).isEqualTo("2");
    assertThat(eval.json("keys(merge({a = var.unknown}, {b = 1}))")).isEqualTo("[\"a\",\"b\"]");
    assertThat(eval.json("length(slice(var.unknown, 1, 3))")).isEqualTo("2");
    assertThat(eval.of("slice(var.unknown, 0, 1)[0]")).isInstanceOf(UnknownValue.class);
    assertThat(eval.of("slice(var.unknown, 2, 1)")).isInstanceOf(UnknownValue.class);
    assertThat(eval.of("slice(var.unknown, 0, 2000000000)")).isInstanceOf(UnknownValue.class);
  }

  @Test
  void fileAndTemplatefileReadFilesOfTheScannedTree() {
    Eval files = new Eval()
        .file("policy.json", "{\"Effect\": \"Allow\"}")
        .file("user_data.sh", "#!/bin/sh\necho ${name}\n%{ for p in ports ~}\nopen ${p}\n%{ endfor ~}\n");
    assertThat(files.json("jsondecode(file(\"policy.json\")).Effect")).isEqualTo("\"Allow\"");
    assertThat(files.json("templatefile(\"user_data.sh\", {name = \"web\", ports = [22, 443]})"))
        .isEqualTo("\"#!/bin/sh\\necho web\\nopen 22\\nopen 443\\n\"");
    assertThat(files.json("fileexists(\"policy.json\")")).isEqualTo("true");
    assertThat(files.of("file(\"../outside.txt\")")).isInstanceOf(UnknownValue.class);
    assertThat(files.of("templatefile(\"user_data.sh\", {name = var.unknown, ports = []})"))
        .isInstanceOf(UnknownValue.class);
  }

  @Test
  void limitsTurnRunawayResultsIntoUnknownValues() {
    assertThat(eval.of("range(2000)")).isInstanceOf(UnknownValue.class);
    assertThat(eval.of("join(\"\", [for i in range(1000) : format(\"%02000d\", i)])")).isInstanceOf(UnknownValue.class);
  }
}
