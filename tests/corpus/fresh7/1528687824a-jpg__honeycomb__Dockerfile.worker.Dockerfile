FROM node:22-alpine AS deps

WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS builder

COPY tsconfig.json ./
COPY apps ./apps
COPY packages ./packages
RUN npm run build

FROM node:22-alpine AS runner

WORKDIR /app
ENV NODE_ENV=production

COPY package.json package-lock.json ./
RUN npm ci --omit=dev

COPY --from=builder /app/dist ./dist
RUN mkdir -p /app/data/jobs

CMD ["sh", "-c", "node dist/packages/db/src/wait-for-postgres.js && node dist/apps/dbos-worker/src/worker.js"]
