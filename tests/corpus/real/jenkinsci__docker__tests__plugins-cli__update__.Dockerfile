FROM bats-jenkins-plugins-cli

RUN jenkins-plugin-cli --verbose --plugins junit:1.28 ant:1.3
