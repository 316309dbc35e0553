import { defineRule } from '../define.ts';
import { allRunCommands, hasOption, runs } from '../lib/commands.ts';

export default defineRule({
  id: 'useradd-large-uid',
  practice: 'non-root-user',
  severity: 'warning',
  title: 'Use useradd -l with a large UID',
  rationale:
    'useradd records every user in /var/log/lastlog and /var/log/faillog, files indexed by UID. With a UID of 100000 or more they become sparse files of many megabytes or gigabytes, which layers store in full. ' +
    'Pass -l (--no-log-init), or choose a UID below 100000 such as 1001.',
  invalid: [{ code: 'FROM debian:12-slim\nRUN useradd -u 123456 app\n' }],
  valid: [{ code: 'FROM debian:12-slim\nRUN useradd -l -u 123456 app\n' }, { code: 'FROM debian:12-slim\nRUN useradd -u 1001 app\n' }],
  docs: [{ title: 'Docker build best practices: USER', url: 'https://docs.docker.com/build/building/best-practices/#user' }],
  sources: [{ id: 'hadolint:DL3046', match: 'same' }],
  check({ model, report }) {
    if (!runs(model, 'useradd')) return;
    for (const c of allRunCommands(model)) {
      if (c.name !== 'useradd' || hasOption(c.args, ['-l'], ['--no-log-init'])) continue;
      const k = c.args.findIndex((a) => a.value === '-u' || a.value === '--uid' || a.value.startsWith('--uid='));
      const a = c.args[k];
      if (!a) continue;
      const uid = a.value.startsWith('--uid=') ? a.value.slice(6) : (c.args[k + 1]?.value ?? '');
      if (!/^\d{6,}$/.test(uid)) continue;
      report({ start: c.program.start, end: c.end, instruction: c.instruction, message: `useradd with UID ${uid} and no -l writes huge sparse lastlog and faillog files into the layer: add -l (--no-log-init).` });
    }
  },
});
