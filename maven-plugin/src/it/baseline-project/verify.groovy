def buildLog = new File(basedir, 'build.log').text
assert !buildLog.contains('HIGH BW101')
assert buildLog.contains('Bulwark: 0 findings in 0 files, 2 suppressed; 1 file scanned, 0 diagnostics')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/bulwark/bulwark.sarif'))
assert sarif.runs[0].results*.suppressions*.kind == [['external'], ['inSource']]
assert buildLog.contains('Bulwark: wrote 1 finding to the baseline')
def rewritten = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/rewritten-baseline.json'))
def committed = new groovy.json.JsonSlurper().parse(new File(basedir, 'bulwark-baseline.json'))
assert rewritten.findings*.fingerprint == committed.findings*.fingerprint
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/bulwark/bulwark-junit.xml'))
assert junit.@failures.text() == '0'
assert junit.@skipped.text() == '2'
