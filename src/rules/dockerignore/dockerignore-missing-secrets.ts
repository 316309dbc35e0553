import { defineRule } from '../define.ts';
import { parseDockerignore, type Dockerignore } from '../../engine/dockerignore.ts';
import { copiesFromContext, copiesOnlyItsProgram, filesCopiedInBulk, firstLine, looksSecret, patternFor, secretProbes, secretsCopiedByName, sourceOutsideGuessedContext } from '../lib/context.ts';

/** How many secret files a finding names before "and N more". */
const NAMED = 3;

type Probe = (typeof secretProbes)[number];

/**
 * The secret kinds a .dockerignore leaves in, kept by the file's text: the answer depends on the
 * text alone, and the Dockerfiles of one project, linted together, share their .dockerignore.
 */
const missingByText = new Map<string, readonly Probe[]>();

function missingKinds(text: string, ignore: Dockerignore): readonly Probe[] {
  const known = missingByText.get(text);
  if (known !== undefined) return known;
  const missing = secretProbes.filter((p) => !p.paths.some((path) => ignore.ignores(path)));
  if (missingByText.size >= 64) missingByText.clear();
  missingByText.set(text, missing);
  return missing;
}

export default defineRule({
  id: 'dockerignore-missing-secrets',
  practice: 'dockerignore',
  severity: 'warning',
  title: 'Exclude secrets from the build context',
  rationale:
    'A .env file or a private key in the project folder is sent to the builder with the context, and COPY . . writes it into a layer, where anyone who pulls the image can read it, even if a later step deletes it. ' +
    'Exclude them in .dockerignore (**/.env*, **/*.key, **/*.pem, **/id_rsa*) and pass build secrets with RUN --mount=type=secret. ' +
    'When the linter sees the files of the build context (the CLI), it names the secret-looking files that COPY . . or a copied folder would really send (a warning; a file the Dockerfile copies by name is copied on purpose); otherwise it only suggests the patterns a .dockerignore lacks (info), unless all the Dockerfile copies from the context is the program it starts (COPY app /usr/local/bin/app with ENTRYPOINT ["/usr/local/bin/app"]) and other programs copied by name into a bin folder.',
  invalid: [{ code: 'FROM alpine:3.24\nCOPY . /src/\n', dockerignore: '.git\n' }],
  valid: [
    { code: 'FROM alpine:3.24\nCOPY . /src/\n', dockerignore: '.git\n**/.env*\n**/*.key\n**/*.pem\n**/id_rsa*\n' },
    // Each kind is already excluded where it lies: .ssh/ holds the SSH keys.
    { code: 'FROM alpine:3.24\nCOPY . /src/\n', dockerignore: '.git\n.env*\n.ssh/\n*.key\n*.pem\n' },
  ],
  docs: [
    { title: 'Docker docs: Build context, .dockerignore files', url: 'https://docs.docker.com/build/concepts/context/#dockerignore-files' },
    { title: 'Docker docs: Build secrets', url: 'https://docs.docker.com/build/building/secrets/' },
  ],
  sources: [],
  check({ model, options, report }) {
    const ignore = model.dockerignore;
    const text = model.dockerignoreText;
    if (!ignore || typeof text !== 'string') return;
    // Where the caller lists the context, a Dockerfile that copies nothing from it sends no secret
    // into a layer; asked first, as listing a large context costs more than the rest of the lint.
    const listed = options.context !== undefined && 'files' in options.context;
    if (listed && !copiesFromContext(model)) return;
    // Files of a folder the build likely does not run from would name the wrong paths: only suggest then.
    const files = !listed || sourceOutsideGuessedContext(model, options.context) ? undefined : options.context?.files;
    if (files) {
      // The context is known: name the secret-looking files that COPY and ADD would really send.
      const sent = filesCopiedInBulk(model, files.filter((f) => looksSecret(f) && !ignore.ignores(f)));
      if (sent.length === 0) return;
      const more = sent.length > NAMED ? `, and ${sent.length - NAMED} more` : '';
      const patterns = [...new Set(sent.map(patternFor))];
      report({
        ...firstLine(text),
        file: 'dockerignore',
        message: `.dockerignore lets secret-looking files into the build, where COPY writes them into a layer: ${sent.slice(0, NAMED).join(', ')}${more}. Exclude them: ${patterns.join(', ')}.`,
      });
      return;
    }
    // The context is not known: suggest the kinds the .dockerignore leaves in, in case it holds any,
    // unless all the file copies is the program it starts (COPY app /usr/local/bin/app): nothing unnamed.
    // A kind whose pattern would exclude a file the Dockerfile copies by name (COPY .env /app/.env)
    // is not suggested: that COPY would fail.
    let missing = missingKinds(text, ignore);
    if (missing.length === 0 || copiesOnlyItsProgram(model)) return;
    const named = secretsCopiedByName(model);
    if (named.length > 0) missing = missing.filter((p) => !named.some((path) => parseDockerignore(p.pattern).ignores(path)));
    if (missing.length === 0) return;
    const message = `.dockerignore does not exclude ${missing.map((m) => m.what).join(', ')}, in case the context holds any: consider ${missing.map((m) => m.pattern).join(', ')}.`;
    report({ ...firstLine(text), file: 'dockerignore', severity: 'info', message });
  },
});
