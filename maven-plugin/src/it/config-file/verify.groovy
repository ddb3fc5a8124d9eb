def buildLog = new File(basedir, 'build.log').text
def file = new File(basedir, 'infra/main.tf').canonicalFile.path
assert buildLog.contains("[ERROR] ${file}:1:1: MEDIUM BW410 Database `aws_db_instance.orders` delivers no logs")
assert !buildLog.contains('BW401')
assert !buildLog.contains('BW303')
assert buildLog.contains('Bulwark found 1 finding at or above medium')
