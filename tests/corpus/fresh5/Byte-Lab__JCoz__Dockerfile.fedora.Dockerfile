FROM fedora:30

RUN yum install -y \
    gcc-c++ \
    java-1.8.0-openjdk-devel \
    make \
    maven \
    spdlog-devel \
    which

COPY . /jcoz

WORKDIR /jcoz

RUN make -j`nproc` all
