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
  invalid: [{ code: 'FROM gcr.io/distroless/base-debian12:debug-nonroot\n', errors: [{ column: 6 }] }],
});

ruleTester(fullOs, {
  valid: [`FROM ${DISTROLESS}\n`, 'FROM scratch\n', 'FROM golang:1.23\n', 'RUN x\n'],
  invalid: [
    { code: 'FROM alpine:3.21\n', errors: [{ column: 6 }] },
    { code: 'FROM debian:12-slim AS base\nFROM base\n', errors: [{ line: 2 }] },
    { code: 'FROM docker.io/library/ubuntu:24.04\n', errors: 1 },
  ],
});
