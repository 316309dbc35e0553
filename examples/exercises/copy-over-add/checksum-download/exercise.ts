import { defineExercise, nothingNew, rules, stillWorks } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 2,
  title: 'Pin a download by checksum',
  goal: 'The CA bundle is downloaded with ADD but nothing checks what arrives: add the checksum of the file.',
  checks: [rules(['add-url-without-checksum'], 'Every downloaded file is checked against a checksum'), ...stillWorks, nothingNew],
  hints: [
    '`ADD --checksum=sha256:<hex> <url> <dest>` fails the build when the bytes differ.',
    'curl.se publishes the SHA-256 of each bundle next to it; for cacert-2025-11-04.pem it is 8ac40bdd3d3e151a6b4078d2b2029796e8f843e3f86fbf2adbc4dd9f05e79def.',
    '--checksum needs Dockerfile syntax 1.6 or later: keep the `# syntax=docker/dockerfile:1` line at the top.',
  ],
});
