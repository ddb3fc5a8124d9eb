def buildLog = new File(basedir, 'build.log').text
def file = new File(basedir, 'infra/main.tf').canonicalFile.path
assert buildLog.contains("[ERROR] ${file}:3:3: HIGH BW101 Database `aws_db_instance.orders` is reachable from the internet")
assert buildLog.contains("[WARNING] ${file}:8:1: MEDIUM BW401 Bucket `aws_s3_bucket.uploads` has no access logging")
assert buildLog.contains('Bulwark found 1 finding at or above high')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/bulwark/bulwark.sarif'))
assert sarif.runs[0].results*.ruleId == ['BW101', 'BW401']
