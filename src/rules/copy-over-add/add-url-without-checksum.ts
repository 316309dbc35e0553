import { defineRule } from '../define.ts';
import { copyArgs, isGitSource, isUrl } from '../lib/copy.ts';

export default defineRule({
  id: 'add-url-without-checksum',
  practice: 'copy-over-add',
  severity: 'warning',
  title: 'Verify downloads with ADD --checksum',
  rationale:
    'ADD https://... downloads whatever the server returns at build time. If the file changes or the server is compromised, the image silently changes with it. ' +
    'ADD --checksum=sha256:<hex> https://... fails the build unless the download matches; the digest also documents which file you tested.',
  invalid: [{ code: 'FROM alpine:3.24\nADD https://example.com/tool-1.2.tar.gz /tmp/\n' }],
  valid: [
    { code: 'FROM alpine:3.24\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool-1.2.tar.gz /tmp/\n' },
  ],
  docs: [{ title: 'Dockerfile reference: ADD --checksum', url: 'https://docs.docker.com/reference/dockerfile/#add---checksum' }],
  sources: [{ id: 'checkov:CKV_DOCKER_4', match: 'inspired' }],
  check({ model, report }) {
    for (const i of model.of('ADD')) {
      if (i.flag('checksum')) continue;
      const url = copyArgs(i).sources.find((s) => isUrl(s.value) && !isGitSource(s.value) && /^https?:/i.test(s.value));
      if (!url) continue;
      // The URL as the build sees it: ARG and ENV values filled in, else as written (${VERSION}).
      const expanded = url.hasVariable ? i.expand(url.raw) : null;
      const shown = expanded === null ? url.value : expanded.unresolved || expanded.error ? url.unquoted : expanded.value;
      report({
        start: i.keywordStart,
        end: i.keywordEnd,
        instruction: i,
        message: `${shown} is downloaded without verification: add --checksum=sha256:<digest of the file>.`,
      });
    }
  },
});
