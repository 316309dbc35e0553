FROM bats-jenkins
# hadolint shell=powershell

RUN & C:/ProgramData/Jenkins/jenkins-plugin-cli.ps1 --plugins junit:1.28 ant:1.2
