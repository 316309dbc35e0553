# ========================================
# Development Dockerfile with Hot Reload
# ========================================
# syntax=docker/dockerfile:1
# NOTE: This runs as root user to avoid permission conflicts with mounted volumes

ARG NODE_VERSION=22-alpine

FROM node:${NODE_VERSION} AS development

WORKDIR /app

# Install pnpm
RUN corepack enable && corepack prepare pnpm@latest --activate

# Copy package files
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./

# Install all dependencies
RUN --mount=type=cache,target=/root/.local/share/pnpm/store \
    pnpm install --frozen-lockfile

# Copy source code
COPY . .

# NOTE: Running as root in development to match host user permissions
# when volumes are mounted. This prevents permission errors with hot-reload.

# Expose ports (app + debug)
EXPOSE 3000 3001 3002 9229

# Default command (overridden in compose)
CMD ["pnpm", "start:dev"]
