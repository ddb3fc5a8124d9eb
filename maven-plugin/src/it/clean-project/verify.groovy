def sarif = new File(basedir, 'target/bulwark/bulwark.sarif')
assert sarif.isFile()
def log = new groovy.json.JsonSlurper().parse(sarif)
assert log.runs[0].results.isEmpty()
assert new File(basedir, 'target/bulwark/bulwark.txt').isFile()
def buildLog = new File(basedir, 'build.log').text
assert buildLog.contains('Bulwark: 0 findings in 0 files; 1 file scanned')
assert buildLog.contains('BUILD SUCCESS')
