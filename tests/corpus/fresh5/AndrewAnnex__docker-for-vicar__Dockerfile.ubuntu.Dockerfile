# Use an official ubuntu jammy OS as a parent image
FROM ubuntu:22.04 as vicarbase
LABEL version="0.1.0" vicarversion="5.0" description="VICAR ubuntu base container" maintainer="Andrew Annex <annex@seti.org>"
WORKDIR /
COPY .cshrc vicar_tests.sh /
# okay a big step here
RUN apt-get update && \
    apt-get install --yes software-properties-common && \
    add-apt-repository --yes ppa:zeehio/libxp && \
    apt-get install --no-install-recommends --yes \
    wget \
    rsync \
    gdb \
    valgrind \
    vim \
    tcsh \
    libcurl4-openssl-dev \
    libtbb2 \
    libncurses5-dev \
    build-essential \
    gfortran \
    xorg-dev \
    xutils-dev \
    xserver-xorg-dev \
    libmotif-dev \
    libmotif-common \
    libx11-dev \
    libudev-dev \
    libxml2-dev \
    libglfw3-dev \
    libgl1-mesa-dev \
    libglu1-mesa-dev \
    libxp6 \
    openjdk-17-jre && \
    apt-get purge software-properties-common --yes && \
    apt-get autoremove --yes && \
    apt-get clean --yes && \
    mkdir /data && \
    useradd -m -s /bin/tcsh vos && \
    mv /.cshrc /home/vos/.cshrc && \
    mv /vicar_tests.sh /data/vicar_tests.sh && \
    chown vos:vos /home/vos/.cshrc && \
    chown -R vos:vos /data && \
    chmod 777 /data && \
    ln -s /usr/lib/x86_64-linux-gnu/libXp.so.6 /usr/lib/x86_64-linux-gnu/libXp.so && \
    rm -rf /var/lib/apt/lists/* && \
    wget https://github.com/Kitware/CMake/releases/download/v3.27.9/cmake-3.27.9-linux-x86_64.sh -O cmake.sh && \
    sh cmake.sh --prefix=/usr/local/ --exclude-subdir && \
    rm -rf cmake.sh;

# compilation docker image
FROM vicarbase as runtime
LABEL version="0.1.0" vicarversion="5.0" description="VICAR ubuntu runtime container" maintainer="Andrew Annex <annex@seti.org>"
COPY update_pigs.csh /home/vos/
WORKDIR /
RUN cd /tmp && \
    chown vos:vos /home/vos/update_pigs.csh && \
    chmod +x /home/vos/update_pigs.csh && \
    wget https://github.com/NASA-AMMOS/VICAR/releases/download/5.0/vicar_open_bin_x86-64-linx_5.0.tar.gz && \
    tar -xf vicar_open_bin_x86-64-linx_5.0.tar.gz && \
    mv /tmp/vicar_open_bin_x86-64-linx_5.0/vicar_open_5.0 /vos && \
    mv /tmp/vicar_open_bin_x86-64-linx_5.0/vicar_open_ext_x86-64-linx_5.0 /external && \
    rm /tmp/vicar_open_bin_x86-64-linx_5.0.tar.gz && \
    rm -rf /tmp/vicar_open_bin_x86-64-linx_5.0 && \
    chmod -R 777 /vos && \
    chown -R vos:vos /data && \
    chmod -R 777 /external
# Switch to user vos
USER vos
# Use tcsh
ENTRYPOINT ["/bin/tcsh", "-c"]
# Volume for data input
VOLUME /data