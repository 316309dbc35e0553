import { defineRule } from '../define.ts';

export default defineRule({
  id: 'maintainer-deprecated',
  practice: 'expose-ports',
  severity: 'warning',
  fix: 'safe',
  title: 'Use a LABEL instead of MAINTAINER',
  rationale:
    'Like EXPOSE, labels document the image for the people and tools that run it. MAINTAINER is deprecated: it sets an old, unstructured field. ' +
    'Use the standard OCI label, LABEL org.opencontainers.image.authors="team@example.com", which registries and scanners read.',
  invalid: [
    {
      code: 'FROM alpine:3.24\nMAINTAINER team@example.com\n',
      output: 'FROM alpine:3.24\nLABEL org.opencontainers.image.authors="team@example.com"\n',
    },
  ],
  valid: [{ code: 'FROM alpine:3.24\nLABEL org.opencontainers.image.authors="team@example.com"\n' }],
  docs: [
    { title: 'Dockerfile reference: MAINTAINER (deprecated)', url: 'https://docs.docker.com/reference/dockerfile/#maintainer-deprecated' },
    { title: 'Dockerfile reference: LABEL', url: 'https://docs.docker.com/reference/dockerfile/#label' },
  ],
  sources: [
    { id: 'hadolint:DL4000', match: 'same' },
    { id: 'buildkit:MaintainerDeprecated', match: 'same' },
    { id: 'dockerfile-utils:DEPRECATED_MAINTAINER', match: 'same' },
    { id: 'trivy:DS-0022', match: 'same' },
    { id: 'checkov:CKV_DOCKER_6', match: 'same' },
  ],
  disagreement: 'For a lowercase ONBUILD maintainer trigger, dockerfile-utils reports an invalid trigger instead; we report the deprecated MAINTAINER whatever its casing.',
  check({ model, report }) {
    for (const i of model.of('MAINTAINER')) {
      const value = i.args.text.trim();
      const single = !i.onbuild && value !== '' && !/[\r\n]/.test(model.text.slice(i.start, i.end));
      report({
        start: i.keywordStart,
        end: i.keywordEnd,
        instruction: i,
        message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="..." instead.',
        fix: single ? { title: 'Replace with an OCI label', edits: [{ start: i.start, end: i.end, text: `LABEL org.opencontainers.image.authors=${JSON.stringify(value)}` }] } : undefined,
      });
    }
  },
});
