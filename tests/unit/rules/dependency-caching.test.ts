import { ruleTester } from './rule-tester.ts';
import installAfterCopyAll from '../../../src/rules/dependency-caching/install-after-copy-all.ts';
import goBuild from '../../../src/rules/dependency-caching/go-build-without-mod-download.ts';
import lockfile from '../../../src/rules/dependency-caching/lockfile-not-copied.ts';
import languageCache from '../../../src/rules/dependency-caching/language-cache-in-layer.ts';
import npmInstall from '../../../src/rules/dependency-caching/npm-install-with-lockfile.ts';

ruleTester(installAfterCopyAll, {
  valid: [
    'FROM node:22\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n',
    'FROM golang:1.23\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n',
    'FROM node:22 AS a\nCOPY . .\nFROM node:22\nRUN npm ci\n',
    'FROM node:22\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\n',
    // cargo chef cook built the dependencies from the recipe: the build after COPY . . compiles only the crate.
    'FROM rust:1.92 AS builder\nWORKDIR /app\nCOPY --from=planner /app/recipe.json recipe.json\nRUN cargo chef cook --release --recipe-path recipe.json\nCOPY . .\nRUN cargo build --release\n',
    // A global tool install reads no manifest of the project: it does not depend on the source.
    'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm install -g pm2 && npm i --global typescript@5 && npm install --location=global serve\n',
    'FROM node:22\nCOPY . .\nRUN yarn global add nodemon && pnpm add -g turbo && bun install -g vercel\n',
    'FROM rust:1.92\nCOPY . .\nRUN cargo install cargo-watch --locked\n',
    // The registry is a cache mount: a source change rebuilds, but downloads no crate again (gitmirrorcache).
    'FROM rust:1.94-bookworm AS builder\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/usr/local/cargo/registry \\\n    --mount=type=cache,target=/src/target \\\n    cargo build --release\n',
    'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN --mount=type=cache,target=/root/.npm npm ci\n',
  ],
  invalid: [
    { code: 'FROM node:24\nWORKDIR /app\nCOPY . ./\nRUN pnpm i --frozen-lockfile\n', errors: [{ message: /COPY package\.json pnpm-lock\.yaml first/ }], name: 'pnpm names its own lockfile' },
    { code: 'FROM node:24\nWORKDIR /app\nCOPY . ./\nRUN yarn install --immutable\n', errors: [{ message: /COPY package\.json yarn\.lock first/ }], name: 'yarn names its own lockfile' },
    { code: 'FROM rust:1.92\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\n', errors: 1, name: 'cargo build with nothing cooked first' },
    {
      code: 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm install -g gulp && \\\n  npm install\n',
      errors: [{ line: 5, column: 3, message: /COPY package.json package-lock.json first/ }],
      name: 'the project install after a global one',
    },
    { code: 'FROM rust:1.92\nCOPY . .\nRUN cargo install --path . --locked\n', errors: 1, name: 'cargo install of the project itself' },
    { code: 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\n', errors: [{ line: 4, column: 5, message: /line 3/ }] },
    { code: 'FROM python:3.13\nCOPY . /app\nRUN pip install --no-cache-dir -r /app/requirements.txt\n', errors: 1 },
    { code: 'FROM golang:1.23\nCOPY ./ /src/\nRUN go mod download\n', errors: 1 },
    { code: 'FROM ruby:3.3\nCOPY . .\nRUN bundle install\n', errors: 1 },
    { code: 'FROM rust:1.83\nCOPY . .\nRUN cargo build --release\n', errors: 1 },
    { code: 'FROM maven:3.9\nCOPY . .\nRUN mvn -B package\n', errors: 1 },
    { code: 'FROM rust:1.92\nCOPY . .\nRUN --mount=type=cache,target=/app/target cargo build --release\n', errors: 1, name: 'a cache mount on the build output only: the crates are downloaded again' },
    { code: 'FROM node:22\nCOPY . .\nRUN --mount=type=tmpfs,target=/root/.npm npm ci\n', errors: 1, name: 'a tmpfs mount starts empty on every build' },
  ],
});

ruleTester(goBuild, {
  valid: [
    'FROM golang:1.23\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build .\n',
    'FROM golang:1.23\nCOPY app.go ./\nRUN go build .\n',
    'FROM golang:1.23\nCOPY . .\nRUN --mount=type=cache,target=/go/pkg/mod go build .\n',
    'FROM golang:1.23 AS deps\nCOPY go.mod go.sum ./\nRUN go mod download\nFROM deps\nCOPY . .\nRUN go build .\n',
  ],
  invalid: [
    { code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n', errors: [{ line: 4, column: 19 }] },
    { code: 'FROM golang:1.23\nCOPY . .\nRUN go mod download\nRUN go build .\n', errors: 0, name: 'download after COPY . . is the other rule' },
  ],
});

ruleTester(lockfile, {
  valid: [
    // A folder from the deps stage brings the lockfile it installed from.
    'FROM node:22-alpine AS deps\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN pnpm install --frozen-lockfile\nFROM node:22-alpine AS builder\nWORKDIR /app\nCOPY --from=deps /app ./\nCOPY package.json ./\nRUN pnpm install --frozen-lockfile --offline\n',
    // Built FROM a stage that copied the lockfile: it is there.
    'FROM golang:1.27-alpine3.24 AS base\nWORKDIR /src\nCOPY go.mod go.sum ./\nFROM base AS build\nCOPY go.mod ./\nRUN go mod download\n',
    'FROM golang:1.23\nCOPY go.mod go.sum ./\nRUN go mod download\n',
    'FROM node:22\nCOPY package*.json ./\nRUN npm ci\n',
    'FROM node:22\nCOPY package.json ./\nCOPY yarn.lock ./\nRUN yarn install\n',
    'FROM golang:1.23\nCOPY go.mod ./\nCOPY . .\nRUN go mod download\n',
    'FROM python:3.13\nCOPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\n',
    // A global tool install reads no lockfile of the project.
    'FROM node:22\nCOPY package.json ./\nRUN npm install -g pnpm@9\n',
  ],
  invalid: [
    { code: 'FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\n', errors: [{ line: 3, column: 6, endColumn: 12 }] },
    { code: 'FROM node:22\nCOPY package.json ./\nRUN npm ci\nCOPY . .\n', errors: [{ message: /package-lock.json/ }] },
    { code: 'FROM rust:1.83\nCOPY Cargo.toml ./\nRUN cargo fetch\n', errors: 1 },
    // The lockfile named is the one the installing manager reads, not npm's for every project.
    {
      code: 'FROM node:22\nCOPY package.json ./\nRUN yarn install --frozen-lockfile\n',
      errors: [{ message: 'package.json is copied without yarn.lock before the install: copy them together (COPY package.json yarn.lock ./).' }],
      name: 'yarn',
    },
    { code: 'FROM node:22\nCOPY package.json ./\nRUN pnpm install --frozen-lockfile\n', errors: [{ message: /without pnpm-lock\.yaml .*COPY package\.json pnpm-lock\.yaml/ }], name: 'pnpm' },
    { code: 'FROM node:22\nCOPY package.json ./\nRUN npm ci\n', errors: [{ message: /without package-lock\.json before/ }], name: 'npm' },
  ],
});

ruleTester(languageCache, {
  valid: [
    'RUN pip install --no-cache-dir MySQL_python\n',
    'RUN pipx install software\n',
    'RUN pipenv install library\n',
    'ENV PIP_NO_CACHE_DIR=1\nRUN pip install x\n',
    'RUN PIP_NO_CACHE_DIR=yes pip install x\n',
    'RUN export PIP_NO_CACHE_DIR=true && pip install x\n',
    'FROM debian as base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install six\n',
    'RUN --mount=type=cache,target=/root/.cache/pip pip install foobar\n',
    'RUN yarn install bar && yarn cache clean\n',
    'RUN --mount=type=cache,target=/root/.cache/yarn yarn install foobar\n',
    'FROM node as foo\nRUN yarn install foo\nFROM scratch\nRUN hey\n',
    'RUN --mount=type=cache,target=/home/app/.cache/pip pip install x\n',
    'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n',
  ],
  invalid: [
    // The cache path is the home of the USER in effect at the RUN, or HOME when ENV sets it.
    { code: 'FROM python:3.13\nRUN pip install flask\n', errors: [{ message: /target=\/root\/\.cache\/pip,/ }], name: 'root: /root' },
    { code: 'FROM python:3.13\nUSER app\nRUN pip install flask\n', errors: [{ message: /target=\/home\/app\/\.cache\/pip,/ }], name: 'a named user: /home/<user>' },
    { code: 'FROM python:3.13\nENV HOME=/srv/app\nUSER 1000\nRUN pip install flask\n', errors: [{ message: /target=\/srv\/app\/\.cache\/pip,/ }], name: 'HOME set by ENV' },
    { code: 'FROM python:3.13\nUSER 1000\nRUN pip install flask\n', errors: [{ message: /target=<home of USER 1000>\/\.cache\/pip,/ }], name: 'a numeric user: its home is not in the file' },
    { code: 'FROM node:22\nUSER node\nRUN yarn install\n', errors: [{ message: /target=\/home\/node\/\.cache\/yarn,/ }], name: "yarn's cache as a non-root user" },
    { code: 'RUN pip install MySQL_python\n', errors: [{ column: 5 }], output: 'RUN pip install --no-cache-dir MySQL_python\n' },
    { code: 'ONBUILD RUN pip3 install x\n', errors: 1 },
    { code: 'RUN python3 -m pip install x\n', errors: 1 },
    { code: 'ENV PIP_NO_CACHE_DIR=off\nRUN pip install x\n', errors: 1 },
    { code: 'FROM debian as base\nENV PIP_NO_CACHE_DIR=1\nFROM debian\nRUN pip install six\n', errors: 1 },
    { code: 'RUN yarn cache clean && yarn install foo\n', errors: 1 },
    { code: 'RUN --mount=type=cache,target=/var/lib/foobar yarn install foobar\n', errors: 1 },
    { code: 'FROM node as foo\nRUN yarn install\nFROM foo\nRUN hey\n', errors: 1 },
    { code: 'RUN yarn --frozen-lockfile\n', errors: [{ message: /^yarn keeps its cache/ }], name: 'bare yarn installs too' },
    { code: 'RUN python3 -m pip install x\n', errors: 1, output: 'RUN python3 -m pip install --no-cache-dir x\n' },
    // Two pip installs on one line fill one cache: one finding, whose fix mends both.
    {
      code: 'FROM python:3.11-slim\nRUN pip install --upgrade pip && pip3 install -r requirements.txt\n',
      errors: [{ line: 2, column: 5, endColumn: 66, message: /^pip keeps its download cache in this layer from the 2 installs on this line: / }],
      output: 'FROM python:3.11-slim\nRUN pip install --no-cache-dir --upgrade pip && pip3 install --no-cache-dir -r requirements.txt\n',
      name: 'two pip installs on one line: one finding',
    },
    {
      code: 'FROM python:3.11-slim\nRUN pip install --upgrade pip && \\\n  pip3 install -r requirements.txt\n',
      errors: [{ line: 2, message: /^pip keeps its download cache in this layer: / }, { line: 3, message: /^pip keeps its download cache in this layer: / }],
      output: 'FROM python:3.11-slim\nRUN pip install --no-cache-dir --upgrade pip && \\\n  pip3 install --no-cache-dir -r requirements.txt\n',
      name: 'pip installs on two lines: one finding on each',
    },
    {
      code: 'FROM python:3.11-slim\nRUN pip install flask && yarn install\n',
      errors: [{ message: /^pip keeps its download cache in this layer: / }, { message: /^yarn keeps its cache in this layer: / }],
      name: 'pip and yarn in one RUN: one finding each',
    },
    { code: 'FROM python:3.11-slim\nRUN pip install flask\nRUN pip install gunicorn\n', errors: [{ line: 2 }, { line: 3 }], name: 'one finding per RUN' },
  ],
});

ruleTester(npmInstall, {
  valid: [
    'FROM node:24\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\n',
    // Named packages: npm install is the command for that.
    'FROM node:24\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install express\n',
    'FROM node:24\nWORKDIR /app\nCOPY package-lock.json ./\nRUN npm install -g pm2\n',
    'FROM node:24\nWORKDIR /app\nCOPY package-lock.json ./\nRUN npm i --save-dev typescript@5\n',
    // No lockfile copied, or only package.json.
    'FROM node:24\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\n',
    // COPY . . may or may not bring one: unknowable, so silent.
    'FROM node:24\nWORKDIR /app\nCOPY . .\nRUN npm install\n',
    // Another manager's lockfile.
    'FROM node:24\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN npm install\n',
    // The lockfile is in another folder than the one npm installs in.
    'FROM node:24\nWORKDIR /app\nCOPY web/package.json web/package-lock.json ./web/\nRUN npm install\n',
    'FROM node:24\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN cd client && npm install\n',
    'FROM node:24\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN cd $APP_DIR && npm install\n',
    'FROM node:24\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install --prefix ./server\n',
    // On purpose without the lockfile.
    'FROM node:24\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install --no-package-lock\n',
    // Removed before the install.
    'FROM node:24\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN rm package-lock.json && npm install\n',
    // Another stage's lockfile.
    'FROM node:24 AS deps\nWORKDIR /app\nCOPY package-lock.json ./\nFROM node:24\nWORKDIR /app\nRUN npm install\n',
    // ONBUILD runs in the child image's build.
    'FROM node:24\nWORKDIR /app\nONBUILD COPY package.json package-lock.json ./\nONBUILD RUN npm install\n',
    // A pattern proves no lockfile: without the context's listing, or with one that has none, npm ci could fail.
    'FROM node:24\nWORKDIR /usr/src/app\nCOPY package*.json ./\nRUN npm install --production\n',
    { code: 'FROM node:24\nWORKDIR /usr/src/app\nCOPY package*.json ./\nRUN npm install\n', context: { files: ['Dockerfile', 'package.json', 'src/index.js'] } },
    // A fallback for a project without a lockfile, on purpose.
    'FROM node:24\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev 2>/dev/null || npm install --production\n',
    // yarn and pnpm are not npm.
    'FROM node:24\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN yarn install\n',
  ],
  invalid: [
    {
      code: 'FROM node:24\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install\n',
      errors: [
        {
          line: 4,
          column: 5,
          endColumn: 16,
          message: 'npm install resolves from package.json and may rewrite package-lock.json, copied on line 3: use npm ci, which installs exactly the lockfile and fails if it disagrees with package.json.',
        },
      ],
      output: 'FROM node:24\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n',
      applicability: 'unsafe',
    },
    {
      name: 'npm i with options, across a continuation, after other commands',
      code: 'FROM node:24\nWORKDIR /app\nCOPY package.json npm-shrinkwrap.json ./\nRUN apk add --no-cache git && \\\n    npm i --omit dev --no-audit\n',
      errors: [{ line: 5, column: 5, message: /^npm i resolves from package.json and may rewrite npm-shrinkwrap.json, copied on line 3:/ }],
      output: 'FROM node:24\nWORKDIR /app\nCOPY package.json npm-shrinkwrap.json ./\nRUN apk add --no-cache git && \\\n    npm ci --omit dev --no-audit\n',
    },
    {
      name: 'a pattern that copies the lockfile the context holds',
      code: 'FROM node:24\nWORKDIR /usr/src/app\nCOPY package*.json ./\nRUN npm install --production\n',
      context: { files: ['Dockerfile', 'package.json', 'package-lock.json', 'src/index.js'] },
      errors: [{ message: /copied by a pattern on line 3 when the project has one: use npm ci/ }],
    },
    {
      name: 'copied to an absolute folder, then the install in it',
      code: 'FROM node:24\nCOPY package.json /usr/src/app/\nCOPY package-lock.json /usr/src/app/package-lock.json\nWORKDIR /usr/src/app\nRUN npm install\n',
      errors: [{ line: 5, message: /copied on line 3/ }],
    },
    {
      name: 'a bind mount of the lockfile (docker init\'s template)',
      code: 'FROM node:24\nWORKDIR /app\nRUN --mount=type=bind,source=package.json,target=package.json \\\n    --mount=type=bind,source=package-lock.json,target=package-lock.json \\\n    npm install\n',
      errors: [{ line: 5, message: /mounted on line 3/ }],
    },
    {
      name: 'the lockfile copied in a base stage',
      code: 'FROM node:24 AS base\nWORKDIR /app\nCOPY package.json package-lock.json ./\nFROM base AS prod\nRUN npm install\nFROM base AS dev\nRUN npm install express\n',
      errors: [{ line: 5 }],
    },
    {
      name: 'cd into the lockfile\'s folder first',
      code: 'FROM node:24\nCOPY package.json package-lock.json /srv/app/\nRUN cd /srv/app && npm install\n',
      errors: [{ line: 3, column: 20 }],
    },
    {
      name: 'exec form',
      code: 'FROM node:24\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN ["npm", "install"]\n',
      errors: 1,
      output: 'FROM node:24\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN ["npm", "ci"]\n',
    },
  ],
});
