def buildLog = new File(basedir, 'build.log').text
assert buildLog.contains('Bulwark check skipped')
assert buildLog.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/bulwark').exists()
