FROM bats-jenkins

RUN jenkins-plugin-cli --plugins junit:1.28 ant:1.2
