import { ruleTester } from './rule-tester.ts';
import addLocalFile from '../../../src/rules/copy-over-add/add-local-file.ts';
import addUrl from '../../../src/rules/copy-over-add/add-url-without-checksum.ts';
import copyArchive from '../../../src/rules/copy-over-add/copy-archive-then-extract.ts';

ruleTester(addLocalFile, {
  valid: [
    'ADD file.tar /usr/src/app/\n', 'ADD file.gz /usr/src/app/\n', 'ADD file.tgz /usr/src/app/\n', 'ADD http://file.com /usr/src/app/\n',
    'ADD "file.tgz" /usr/src/app/\n', 'ADD "http://file.com" /usr/src/app/\n', 'ADD https://github.com/moby/buildkit.git#v0.14.1 /src\n', 'ADD <<EOF /x\nhi\nEOF\n',
  ],
  invalid: [
    { code: 'ADD file /usr/src/app/\n', errors: [{ column: 1, endColumn: 4 }], output: 'COPY file /usr/src/app/\n' },
    { code: 'ADD file.zip /usr/src/app/\n', errors: 1 },
    { code: 'ADD "file.zip" /usr/src/app/\n', errors: 1 },
    { code: 'FROM alpine\nADD \\\n  go.mod go.sum \\\n  ./\n', errors: [{ line: 2, column: 1 }], output: 'FROM alpine\nCOPY \\\n  go.mod go.sum \\\n  ./\n', name: 'points at the ADD line across continuations' },
    { code: 'add app /app\n', errors: 1, output: 'copy app /app\n' },
    { code: 'ADD --chown=1001:1001 --link app /app\n', errors: 1, output: 'COPY --chown=1001:1001 --link app /app\n', applicability: 'safe' },
    { code: 'ADD --checsum=sha256:x app /app\n', errors: 1, output: null, name: 'a flag COPY does not take (here a typo): no automatic fix' },
    { code: 'ADD app.jar https://e.com/x.tgz /app/\n', errors: 1, output: null, name: 'mixed sources: no automatic fix' },
  ],
});

ruleTester(addUrl, {
  valid: ['ADD --checksum=sha256:abc https://e.com/x.tgz /tmp/\n', 'ADD app /app\n', 'ADD git@github.com:moby/buildkit.git /src\n'],
  invalid: [
    { code: 'FROM base\nADD http://example.com/package.zip /temp\n', errors: [{ line: 2, column: 1 }] },
    {
      code: 'FROM alpine:3.24\nARG ARCH=amd64\nARG VERSION=0.7.0\nADD https://example.com/download/${VERSION}/tool_linux_${ARCH} /usr/local/bin/tool\n',
      errors: [{ message: 'https://example.com/download/0.7.0/tool_linux_amd64 is downloaded without verification: add --checksum=sha256:<digest of the file>.' }],
      name: 'the message names the URL with the ARG values filled in',
    },
    {
      code: 'FROM alpine:3.24\nARG VERSION\nADD https://example.com/${VERSION}/tool /tool\n',
      errors: [{ message: /^https:\/\/example\.com\/\$\{VERSION\}\/tool is downloaded/ }],
      name: 'an ARG without a value stays as written',
    },
  ],
});

ruleTester(copyArchive, {
  valid: ['COPY packaged-app.tar /usr/src/app\nFROM debian:11 as newstage\n', 'COPY package.json /usr/src/app\n', 'COPY --from=builder /x/some.tar /opt/some.tar\nRUN tar -xf /opt/some.tar\n'],
  invalid: [
    { code: 'COPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar\n', errors: [{ line: 2, column: 5 }] },
    { code: 'COPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo bar && echo something && tar -xf packaged-app.tar\n', errors: 1 },
    { code: 'COPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n', errors: 1 },
    { code: 'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\foo.tar.gz"\nRUN tar -xf foo.tar.gz\n', errors: 1 },
  ],
});
