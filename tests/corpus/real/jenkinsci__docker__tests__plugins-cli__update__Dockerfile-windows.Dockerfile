FROM bats-jenkins-plugins-cli
# hadolint shell=powershell

RUN C:/ProgramData/Jenkins/jenkins-plugin-cli.ps1 --verbose --plugins junit:1.28 ant:1.3
