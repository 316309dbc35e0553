# The dockerfile-practices CLI as an image, linted by its own rules (tests/unit/cli/integrations.test.ts).
#   docker build -t dockerfile-practices .
#   docker run --rm -v "$PWD:/work:ro" dockerfile-practices lint Dockerfile
# node:24-alpine, pinned by the digest docker-library/repo-info lists for it
# (repos/node/remote/24-alpine.md at 2534b852156946f241e96816c7024ef2bb5543fd, 2026-08-03).
FROM node:24-alpine@sha256:d32cdf619f63fe0471182d08996dd516c6275bb5fd31ae06e55a570bd9e1ad43 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

# The CLI bundled into one JavaScript file, as `npm pack` does (scripts/build-cli.ts).
FROM node:24-alpine@sha256:d32cdf619f63fe0471182d08996dd516c6275bb5fd31ae06e55a570bd9e1ad43 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm cache clean --force
COPY scripts/build-cli.ts ./scripts/
COPY src ./src/
RUN node scripts/build-cli.ts

FROM node:24-alpine@sha256:d32cdf619f63fe0471182d08996dd516c6275bb5fd31ae06e55a570bd9e1ad43
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules/
COPY --from=build /app/dist-cli ./dist-cli/
COPY package.json ./
USER 1000:1000
WORKDIR /work
# Each container starts without the CLI's code cache and would only write one to throw away.
ENV NODE_DISABLE_COMPILE_CACHE=1
# A command-line tool, not a network service, so no EXPOSE; missing-expose says to ignore it then.
# dockerfile-practices ignore=missing-expose
ENTRYPOINT ["node", "/app/dist-cli/dockerfile-practices.js"]
CMD ["--help"]
