import { defineExercise, nothingNew, rules, stillWorks } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 2,
  title: 'Use a protocol Docker knows',
  goal: 'EXPOSE gives the protocol http, which Docker does not know: use one it does (or none).',
  checks: [rules(['invalid-port-protocol', 'expose-protocol-casing'], 'EXPOSE uses a protocol Docker knows'), ...stillWorks, nothingNew],
  hints: [
    'EXPOSE takes `port/tcp`, `port/udp` or `port/sctp`; tcp is the default.',
    'HTTP runs over TCP: `EXPOSE 3000` says it.',
  ],
});
