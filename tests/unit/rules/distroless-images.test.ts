import { ruleTester } from './rule-tester.ts';
import withoutShell from '../../../src/rules/distroless-images/shell-form-without-shell.ts';
import debugImage from '../../../src/rules/distroless-images/debug-image-in-final-stage.ts';
import fullOs from '../../../src/rules/distroless-images/full-os-final-stage.ts';

const DISTROLESS = 'gcr.io/distroless/static-debian12:nonroot';

ruleTester(withoutShell, {
  valid: [
    `FROM ${DISTROLESS}\nCOPY app /app\nENTRYPOINT ["/app"]\nHEALTHCHECK CMD ["/app", "-healthcheck"]\n`,
    `FROM ${DISTROLESS}\nRUN ["/app", "--init"]\n`,
    'FROM gcr.io/distroless/static-debian12:debug\nRUN ls\n',
    'FROM alpine\nRUN ls\n',
    'FROM scratch\nCOPY busybox /bin/\nSHELL ["/bin/busybox", "sh", "-c"]\nRUN ls\n',
    `FROM ${DISTROLESS}\nHEALTHCHECK NONE\n`,
  ],
  invalid: [
    { code: `FROM ${DISTROLESS}\nRUN chmod +x /app\n`, errors: [{ line: 2, column: 1, endColumn: 4, message: /has no shell, so this RUN fails/ }] },
    { code: 'FROM scratch\nCMD /app\n', errors: [{ message: /use the exec form, CMD \["\/app"\]\.$/ }] },
    { code: 'FROM scratch\nCMD /app --port $PORT\n', errors: [{ message: /a JSON array of the program and its arguments, without shell syntax/ }], name: 'no exec form to derive' },
    { code: `FROM ${DISTROLESS} AS base\nFROM base\nENTRYPOINT /app\n`, errors: 1 },
    { code: 'FROM cgr.dev/chainguard/static\nHEALTHCHECK CMD /app -healthcheck\n', errors: 1 },
  ],
});

ruleTester(debugImage, {
  valid: [`FROM ${DISTROLESS}\n`, 'FROM gcr.io/distroless/static-debian12:debug AS dbg\nFROM scratch\n'],
  invalid: [
    { code: 'FROM gcr.io/distroless/base-debian12:debug-nonroot\n', errors: [{ column: 6 }] },
    { code: 'FROM gcr.io/distroless/static-debian12:debug AS run\nFROM run\nCOPY app /app\nENTRYPOINT ["/app"]\n', errors: [{ line: 2, message: /static-debian12:debug includes a busybox shell/ }], name: 'through a stage alias' },
  ],
});

ruleTester(fullOs, {
  valid: [
    `FROM ${DISTROLESS}\nENTRYPOINT ["/app"]\n`,
    'FROM scratch\nENTRYPOINT ["/app"]\n',
    'FROM golang:1.23\nENTRYPOINT ["/app"]\n',
    'RUN x\n',
    // A language runtime or base image built for others: no command of its own, the base's shell stays.
    'FROM golang:1.23 AS build\nRUN make.bash\nFROM alpine:3.21\nRUN apk add --no-cache ca-certificates\nCOPY --from=build /target/ /\nWORKDIR /go\n',
    // An interpreter or shell is what it runs.
    'FROM debian:12-slim\nCOPY php /usr/local/bin/php\nCMD ["php", "-a"]\n',
    // ONBUILD triggers: a base for other images.
    'FROM alpine:3.21\nONBUILD COPY . /app\nCMD ["/app/run"]\n',
    // The app installs OS packages that distroless does not ship: it needs the OS.
    'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends libxml2 && rm -rf /var/lib/apt/lists/*\nCOPY app /app\nCMD ["php-fpm"]\n',
    // A development target, last in the file.
    'FROM debian:12-slim AS dev\nCOPY app /app\nCMD ["/app"]\n',
    // It runs on the OS: a shell script starts it, or the health check calls wget.
    'FROM ubuntu:22.04\nCOPY --from=builder /patched /patched/\nCOPY entrypoint.sh /entrypoint.sh\nCMD ["/entrypoint.sh"]\n',
    'FROM alpine:3.21\nCOPY uet /app/uet\nHEALTHCHECK CMD wget --spider http://localhost:8080/ || exit 1\nCMD ["/app/uet"]\n',
    'FROM alpine:3.21\nCOPY app /app\nCMD /app --port 8080\n',
    // The final stage's own start, not its base's, is what runs: here a shell script.
    'FROM alpine:3.21 AS base\nCOPY app /app\nENTRYPOINT ["/app"]\nFROM base\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.21\nENTRYPOINT ["/app"]\n', errors: [{ column: 6 }] },
    { code: 'FROM debian:12-slim AS base\nFROM base\nCMD ["/app"]\n', errors: [{ line: 2 }] },
    { code: 'FROM docker.io/library/ubuntu:24.04\nCMD ["/app"]\n', errors: 1 },
    { code: 'FROM alpine:3.21 AS base\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\nFROM base\nCOPY app /app\nENTRYPOINT ["/app"]\n', errors: 1, name: "a base's shell script that the final stage's own ENTRYPOINT replaces" },
    { code: 'FROM alpine:3.21\nCOPY app /app\nHEALTHCHECK CMD ["/app", "healthcheck"]\nENTRYPOINT ["/app"]\n', errors: 1, name: 'the app checks its own health' },
    {
      code: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y ca-certificates libssl3 && rm -rf /var/lib/apt/lists/*\nCOPY est-enroll /usr/local/bin/est-enroll\nENTRYPOINT ["/usr/local/bin/est-enroll"]\n',
      errors: [{ message: 'The final image is based on debian:bookworm-slim, a full OS with a shell and package manager: if the app needs neither, use gcr.io/distroless/base-debian13:nonroot, which has the glibc and OpenSSL it installs.' }],
      name: 'a binary that links OpenSSL: distroless/base, not static',
    },
    // CA certificates and time zones are in distroless too.
    { code: 'FROM alpine:3.21\nRUN apk add --no-cache ca-certificates tzdata\nCOPY app /app\nENTRYPOINT ["/app"]\n', errors: 1 },
    {
      code: 'FROM rust:1.90-slim AS builder\nWORKDIR /src\nCOPY . .\nRUN cargo +stable build --release\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends libssl3 && rm -rf /var/lib/apt/lists/*\nCOPY --from=builder /src/target/release/app /app\nENTRYPOINT ["/app"]\n',
      errors: [{ message: /use gcr\.io\/distroless\/cc-debian13:nonroot, which has the glibc and libgcc that Rust built for a gnu target links to/ }],
      name: 'Rust built for glibc (and linking OpenSSL): distroless/cc, which has glibc, libgcc and OpenSSL',
    },
    {
      code: 'FROM rust:1.90-alpine AS builder\nRUN cargo build --release\nFROM alpine:3.21\nCOPY --from=builder /target/release/app /app\nENTRYPOINT ["/app"]\n',
      errors: [{ message: /distroless\/static-debian13:nonroot or scratch\.$/ }],
      name: 'Rust on Alpine builds for musl, statically linked',
    },
    {
      code: 'FROM rust:1.90 AS builder\nRUN rustup target add x86_64-unknown-linux-musl\nRUN cargo build --release --target x86_64-unknown-linux-musl\nFROM debian:12-slim\nCOPY --from=builder /target/x86_64-unknown-linux-musl/release/app /app\nENTRYPOINT ["/app"]\n',
      errors: [{ message: /distroless\/static-debian13:nonroot or scratch\.$/ }],
      name: 'Rust built for a musl target',
    },
  ],
});
