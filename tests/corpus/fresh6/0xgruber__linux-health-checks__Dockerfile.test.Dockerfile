# Test Dockerfile for Linux Health Check
# Ubuntu 24.04 LTS with systemd and common utilities

FROM ubuntu:24.04

# Prevent interactive prompts during package installation
ENV DEBIAN_FRONTEND=noninteractive

# Install Python and common system utilities
RUN apt-get update && apt-get install -y \
    python3 \
    python3-pip \
    systemd \
    systemd-sysv \
    openssh-server \
    ufw \
    apt-utils \
    iproute2 \
    iputils-ping \
    net-tools \
    dnsutils \
    ethtool \
    lsscsi \
    sysstat \
    procps \
    cron \
    sudo \
    gnupg \
    smartmontools \
    lsb-release \
    ca-certificates \
    && apt-mark hold systemd \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

# Create a test user for sudo group testing
RUN useradd -m -s /bin/bash testuser && \
    usermod -aG sudo testuser && \
    echo "testuser:testpass" | chpasswd

# Copy the health check script
COPY linux_health_check.py /usr/local/bin/linux_health_check.py
RUN chmod +x /usr/local/bin/linux_health_check.py

# Create output directory
RUN mkdir -p /root/health-reports

# Set working directory
WORKDIR /root

# Default command
CMD ["/bin/bash"]
