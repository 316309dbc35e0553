# The dockerfile-practices CLI as an image, linted by its own rules (tests/unit/cli/integrations.test.ts).
#   docker build -t dockerfile-practices .
#   docker run --rm -v "$PWD:/work:ro" dockerfile-practices lint Dockerfile
# node:24-alpine, pinned by the digest docker-library/repo-info lists for it
# (repos/node/remote/24-alpine.md at 2534b852156946f241e96816c7024ef2bb5543fd, 2026-08-03).
FROM node:24-alpine@sha256:d32cdf619f63fe0471182d08996dd516c6275bb5fd31ae06e55a570bd9e1ad43 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

FROM node:24-alpine@sha256:d32cdf619f63fe0471182d08996dd516c6275bb5fd31ae06e55a570bd9e1ad43
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules/
COPY package.json ./
COPY bin ./bin/
COPY src/cli ./src/cli/
COPY src/engine ./src/engine/
COPY src/rules ./src/rules/
COPY src/linter ./src/linter/
COPY src/presentation/urls.ts ./src/presentation/
COPY src/data/practices.ts src/data/site.ts ./src/data/
USER 1000:1000
WORKDIR /work
# A command-line tool, not a network service, so no EXPOSE; missing-expose says to ignore it then.
# dockerfile-practices ignore=missing-expose
ENTRYPOINT ["node", "/app/bin/dockerfile-practices.js"]
CMD ["--help"]
