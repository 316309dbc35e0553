import { defineRule } from '../define.ts';
import { isAbsolutePath } from '../lib/copy.ts';
import { hasVariable } from '../../engine/words.ts';

export default defineRule({
  id: 'workdir-absolute',
  practice: 'efficient-layering',
  severity: 'warning',
  title: 'Use an absolute WORKDIR',
  rationale:
    'A relative WORKDIR is resolved against the previous one, which may come from the base image and change when the base image changes. An absolute path says where files land, whatever the base.',
  invalid: [{ code: 'FROM alpine:3.24\nWORKDIR app\n' }],
  valid: [{ code: 'FROM alpine:3.24\nWORKDIR /app\n' }, { code: 'FROM alpine:3.24\nWORKDIR $APP_HOME\n' }],
  docs: [
    { title: 'Dockerfile reference: WORKDIR', url: 'https://docs.docker.com/reference/dockerfile/#workdir' },
    { title: 'Docker build best practices: WORKDIR', url: 'https://docs.docker.com/build/building/best-practices/#workdir' },
  ],
  sources: [
    { id: 'hadolint:DL3000', match: 'same' },
    { id: 'buildkit:WorkdirRelativePath', match: 'inspired' },
    { id: 'dockerfile-utils:WORKDIR_IS_NOT_ABSOLUTE', match: 'same' },
    { id: 'trivy:DS-0009', match: 'same' },
    { id: 'checkov:CKV_DOCKER_10', match: 'same' },
  ],
  disagreement:
    'BuildKit accepts a relative WORKDIR once an earlier stage in the chain set an absolute one. Like hadolint, checkov and trivy we ask for an absolute path every time: the reader should not have to trace the chain.',
  check({ model, report }) {
    for (const i of model.of('WORKDIR')) {
      const w = i.words[0];
      if (!w || hasVariable(w.raw, i.escape)) continue;
      const path = i.expand(w.raw).value;
      const unquoted = w.raw.replace(/^(["'])(.*)\1?$/s, '$2');
      if (path === '' || isAbsolutePath(path) || isAbsolutePath(unquoted)) continue;
      report({ start: w.start, end: w.end, instruction: i, message: `WORKDIR ${path} is relative: use an absolute path such as /${path.replace(/^\.?\/?/, '')}.` });
    }
  },
});
