# Node client for Foxwarm distributed execution
FROM node:24.17.0-bookworm-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates \
        curl \
        dnsutils \
        file \
        git \
        iproute2 \
        iputils-ping \
        jq \
        less \
        lsof \
        netcat-openbsd \
        procps \
        python-is-python3 \
        python3 \
        python3-pip \
        rsync \
        ripgrep \
        tmux \
        unzip \
        vim-tiny \
        xz-utils \
        zip \
        build-essential \
        pkg-config \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# Install dependency layers before copying changing source files.
COPY package.json package-lock.json ./
COPY packages/shared/package.json packages/shared/tsconfig.json ./packages/shared/
COPY packages/cli-node/package.json packages/cli-node/package-lock.json ./packages/cli-node/
RUN npm ci && npm --prefix packages/cli-node ci

# Copy source and build the shared, CLI-node, and root runtime outputs.
COPY tsconfig.json ./
COPY src ./src
COPY templates ./templates
COPY scripts/start-sandbox-node.sh ./scripts/start-sandbox-node.sh
COPY packages/shared ./packages/shared
COPY packages/cli-node ./packages/cli-node

RUN npm run build

RUN chmod +x /app/scripts/start-sandbox-node.sh

# Set environment
ENV NODE_ENV=production

CMD ["/app/scripts/start-sandbox-node.sh"]
