FROM bats-jenkins-plugins-cli

ENV JAVA_OPTS="-Djava.opts.test=true -XshowSettings:properties"
RUN jenkins-plugin-cli --version
