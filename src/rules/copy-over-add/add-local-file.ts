import { defineRule } from '../define.ts';
import { copyArgs, isArchive, isGitSource, isUrl } from '../lib/copy.ts';

/** The flags ADD and COPY both accept: the fix keeps only ADDs with these (not --checksum, --keep-git-dir, --unpack, a typo). */
const sharedFlags = ['chown', 'chmod', 'link', 'exclude'];

export default defineRule({
  id: 'add-local-file',
  practice: 'copy-over-add',
  severity: 'warning',
  fix: 'safe',
  title: 'Use COPY for local files',
  rationale:
    'ADD does more than copy: it extracts local tar archives and downloads URLs. For a plain file or folder it does the same as COPY, but the reader has to check which of ADD\'s behaviours applies, and a file that later becomes an archive is silently unpacked. ' +
    'Use COPY for local files and folders; keep ADD for the two things only it does.',
  invalid: [{ code: 'FROM alpine:3.24\nADD app /app/app\n', output: 'FROM alpine:3.24\nCOPY app /app/app\n' }],
  valid: [{ code: 'FROM alpine:3.24\nCOPY app /app/app\n' }, { code: 'FROM alpine:3.24\nADD rootfs.tar.gz /\n' }],
  docs: [
    { title: 'Docker build best practices: ADD or COPY', url: 'https://docs.docker.com/build/building/best-practices/#add-or-copy' },
    { title: 'Dockerfile reference: ADD', url: 'https://docs.docker.com/reference/dockerfile/#add' },
  ],
  sources: [
    { id: 'hadolint:DL3020', match: 'same' },
    { id: 'trivy:DS-0005', match: 'same' },
    { id: 'checkov:CKV_DOCKER_4', match: 'inspired' },
  ],
  disagreement: 'checkov flags every ADD. We accept ADD for what only ADD does: extracting a local archive, and downloads (which add-url-without-checksum checks).',
  check({ model, report }) {
    for (const i of model.of('ADD')) {
      const { sources } = copyArgs(i);
      const local = sources.filter((s) => !s.heredoc && !s.hasVariable && !isUrl(s.value) && !isGitSource(s.value));
      const plain = local.filter((s) => !isArchive(s.value));
      if (plain.length === 0) continue;
      const onlyPlain = plain.length === sources.length && i.flags.every((f) => sharedFlags.includes(f.name));
      report({
        start: i.keywordStart,
        end: i.keywordEnd,
        instruction: i,
        message: `${plain.map((s) => s.value).join(', ')} ${plain.length === 1 ? 'is' : 'are'} not ${plain.length === 1 ? 'an archive or a URL' : 'archives or URLs'}: use COPY.`,
        fix: onlyPlain ? { title: 'Replace ADD with COPY', edits: [{ start: i.keywordStart, end: i.keywordEnd, text: i.keywordText === i.keywordText.toLowerCase() ? 'copy' : 'COPY' }] } : undefined,
      });
    }
  },
});
