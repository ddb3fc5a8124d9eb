def slurper = new groovy.json.JsonSlurper()
def findings = { String module ->
  def sarif = slurper.parse(new File(basedir, "${module}target/bulwark/bulwark.sarif"))
  sarif.runs[0].results.collect { it.ruleId + ' ' + it.locations[0].physicalLocation.artifactLocation.uri }
}
assert findings('') == ['BW401 shared.tf']
assert findings('module-a/') == ['BW301 main.tf']
assert findings('module-b/') == ['BW301 cfn/template.yaml']
def buildLog = new File(basedir, 'build.log').text
assert buildLog.count('BW301') == 2
assert buildLog.count('BW401') == 1
assert buildLog.contains('BUILD SUCCESS')
