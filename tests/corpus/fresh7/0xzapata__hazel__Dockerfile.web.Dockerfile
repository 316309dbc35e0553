# Use the official Bun image
FROM oven/bun:1 AS base
WORKDIR /app

# 1. Prune
FROM base AS pruner
RUN bun add -g turbo
COPY . .
RUN turbo prune --scope=@hazel/web --docker

# 2. Build
FROM base AS builder
WORKDIR /app
COPY --from=pruner /app/out/json/ .
COPY --from=pruner /app/out/bun.lock ./bun.lock
RUN bun install --frozen-lockfile
COPY --from=pruner /app/out/full/ .

# Build arguments for Vite (Must be provided during build)
ARG VITE_BACKEND_URL
ARG VITE_CLUSTER_URL
ARG VITE_ELECTRIC_URL
ARG VITE_WORKOS_CLIENT_ID
ARG VITE_WORKOS_REDIRECT_URI

# Build the project
RUN bun run build --filter=@hazel/web

# 3. Serve with Nginx
FROM nginx:alpine
# Copy built assets
COPY --from=builder /app/apps/web/dist /usr/share/nginx/html

# Basic Nginx config for SPA (Single Page Application)
RUN echo 'server {     listen 80;     location / {         root /usr/share/nginx/html;         index index.html index.htm;         try_files $uri $uri/ /index.html;     } }' > /etc/nginx/conf.d/default.conf

EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
