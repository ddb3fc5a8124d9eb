def folder = new File(basedir, 'target/security')
assert folder.list().toList() == ['bulwark.json']
def json = new groovy.json.JsonSlurper().parse(new File(folder, 'bulwark.json'))
assert json.findings*.ruleId == ['BW101']
assert !new File(basedir, 'target/bulwark').exists()
def buildLog = new File(basedir, 'build.log').text
assert buildLog.contains('[WARNING]') && buildLog.contains('HIGH BW101')
assert buildLog.contains('BUILD SUCCESS')
