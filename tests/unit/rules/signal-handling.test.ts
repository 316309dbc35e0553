import { ruleTester } from './rule-tester.ts';
import shellForm from '../../../src/rules/signal-handling/shell-form-entrypoint.ts';
import invalidJsonForm from '../../../src/rules/signal-handling/invalid-json-form.ts';
import multiple from '../../../src/rules/signal-handling/multiple-cmd-entrypoint.ts';
import invalidStopSignal from '../../../src/rules/signal-handling/invalid-stop-signal.ts';

ruleTester(shellForm, {
  valid: [
    'FROM scratch\nENTRYPOINT ["foo", "bar"]\n',
    'FROM scratch\nCMD [ "foo", "bar" ]\n',
    'CMD [ "/bin/sh", "-c", \\\n      "echo foo && \\\n       echo bar" \\\n    ]\n',
    'FROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n',
    'FROM scratch AS base\nSHELL ["powershell"]\nFROM base\nENTRYPOINT mycommand\n',
    "FROM alpine\nCMD ['./app']\n",
    'FROM alpine:3.24\nCMD [ "echo", [ "nested json" ] ]\n',
    'HEALTHCHECK CMD foobar\n',
  ],
  invalid: [
    {
      name: 'a lone command where /bin/sh is BusyBox: it is PID 1 today, so only info',
      code: 'FROM node:24-alpine3.22\nCOPY . /app\nCMD node /app/server.js\n',
      errors: [{ severity: 'info', message: 'Shell-form CMD runs the app under /bin/sh -c, which is BusyBox ash on this base: it replaces itself with a lone command, so the app is PID 1 and gets SIGTERM. The exec form, CMD ["node", "/app/server.js"], keeps it so if the command grows or the base changes to a Debian one, whose dash does not.' }],
      output: 'FROM node:24-alpine3.22\nCOPY . /app\nCMD ["node", "/app/server.js"]\n',
    },
    { name: 'a lone command where /bin/sh is bash', code: 'FROM centos:centos6\nCMD asterisk -f\n', errors: [{ severity: 'info', message: /which is bash on this base/ }] },
    { name: 'dash on Debian stays PID 1: a warning', code: 'FROM debian:13-slim\nCMD /app/server\n', errors: [{ severity: 'warning' }] },
    { name: 'two commands: BusyBox stays in front of the first', code: 'FROM alpine:3.24\nCMD cd /app && ./server\n', errors: [{ severity: 'warning' }] },
    { name: 'a shell-form ENTRYPOINT also drops the CMD', code: 'FROM alpine:3.24\nENTRYPOINT /app/server\nCMD ["--port", "80"]\n', errors: [{ severity: 'warning' }] },
    { code: 'FROM node as foo\nENTRYPOINT something\n', errors: [{ line: 2, column: 1, endColumn: 11, message: /use the exec form, ENTRYPOINT \["something"\]\.$/ }], output: 'FROM node as foo\nENTRYPOINT ["something"]\n' },
    { code: 'FROM node\nCMD node server.js --port 3000\n', errors: 1, output: 'FROM node\nCMD ["node", "server.js", "--port", "3000"]\n' },
    { code: 'FROM node\nCMD node server.js > /log 2>&1\n', errors: 1, output: null },
    { code: 'FROM node\nSHELL ["/bin/bash", "-c"]\nCMD node server.js\n', errors: 1, name: 'bash does not forward signals either' },
    { code: 'FROM node\nentrypoint exec node $APP\n', errors: 1, output: null },
    {
      name: 'the suggested exec form is the file\'s own command',
      code: 'FROM node:22\nCMD npm start\n',
      errors: [{ message: /use the exec form, CMD \["npm", "start"\]\.$/ }],
      output: 'FROM node:22\nCMD ["npm", "start"]\n',
      applicability: 'safe',
    },
    {
      name: 'a command that needs the shell gets exec in shell form, and no fix',
      code: 'FROM alpine:3.21\nCMD /app/app --port $PORT\n',
      errors: [{ message: /start the app with exec, CMD exec \/app\/app --port \$PORT, so that it replaces the shell\.$/ }],
      output: null,
    },
    {
      name: 'exec goes before the last command of a list',
      code: 'FROM alpine:3.21\nCMD cd /srv && ./run "$X"\n',
      errors: [{ message: /CMD cd \/srv && exec \.\/run "\$X"/ }],
      output: null,
    },
    {
      name: 'an exec-form ENTRYPOINT would take CMD as arguments: the fix is unsafe there',
      code: 'FROM alpine:3.21\nENTRYPOINT /app/app\nCMD ["--help"]\n',
      errors: 1,
      output: 'FROM alpine:3.21\nENTRYPOINT ["/app/app"]\nCMD ["--help"]\n',
      applicability: 'unsafe',
    },
  ],
});

ruleTester(invalidJsonForm, {
  valid: ['CMD ["a"]\n', 'RUN [ -f /x ] && echo ok\n', 'RUN [ "$x" = "y" ]\n', 'ENV A=[\'x\']\n'],
  invalid: [
    { code: "FROM busybox\nADD ['/bin/bash', 'echo']\n", errors: [{ line: 2, column: 5, endColumn: 26 }], output: 'FROM busybox\nADD ["/bin/bash", "echo"]\n' },
    { code: "CMD ['/bin/bash', 'echo',]\n", errors: 1, output: 'CMD ["/bin/bash", "echo"]\n' },
    { code: "FROM busybox\nADD [ '],',]\n", errors: 1, output: null, name: 'no fix that leaves ADD with one argument' },
    { code: "RUN [ '],',]\n", errors: 1 },
    { code: "VOLUME ['/data']\n", errors: 1 },
    { code: 'CMD ["C:\\app\\run.exe"]\n', errors: [{ message: /not valid JSON/ }], output: null, name: 'invalid JSON escape' },
    { code: "HEALTHCHECK --interval=5s CMD ['/app/app', '-healthcheck']\n", errors: 1 },
    {
      name: 'valid JSON with an element that is not a string',
      code: 'FROM alpine:3.24\nCMD [ "echo", [ "nested json" ] ]\n',
      errors: [{ line: 2, message: /^This is valid JSON but not an array of strings \(\["nested json"\] is not a string\), so CMD runs it as a shell command/ }],
      output: null,
    },
    { code: 'FROM alpine:3.24\nENTRYPOINT ["sleep", 5, true]\n', errors: [{ message: /\(5 and true are not strings\)/ }], output: null },
  ],
});

ruleTester(multiple, {
  valid: [
    'FROM debian as d1\nCMD bash\nRUN foo\nFROM debian as d2\nCMD another\n',
    'CMD /bin/true\n',
    'FROM scratch AS a\nENTRYPOINT ["/a"]\nCMD ["/a"]\nHEALTHCHECK CMD ["/a"]\nFROM a AS b\nENTRYPOINT ["/b"]\nCMD ["/b"]\n',
    'FROM a\nONBUILD CMD x\nCMD y\n',
  ],
  invalid: [
    { code: 'FROM debian\nCMD bash\nRUN foo\nCMD another\n', errors: [{ line: 2, message: /line 4/ }] },
    { code: 'FROM busybox\nENTRYPOINT ls\nENTRYPOINT ls\nFROM alpine\nENTRYPOINT ls\nENTRYPOINT ls\n', errors: [{ line: 2 }, { line: 5 }] },
    { code: 'FROM scratch\nENTRYPOINT ["/a"]\nENTRYPOINT ["/b"]\nCMD ["/a"]\nCMD ["/b"]\nHEALTHCHECK CMD ["/a"]\nHEALTHCHECK CMD ["/b"]\n', errors: 3 },
  ],
});

ruleTester(invalidStopSignal, {
  valid: [
    'STOPSIGNAL 9\n', 'stopsignal SIGKILL\n', 'STOPSIGNAL SI\\\nGKILL\n', 'STOPSIGNAL sigterm\n', 'STOPSIGNAL SIGRTMIN+3\n',
    'FROM busybox\nARG x\nSTOPSIGNAL $x\n', 'FROM busybox\nENV x=IGKILL\nSTOPSIGNAL s$x\n', 'FROM s\nENV bbb=1\nSTOPSIGNAL ${bbb:+x}\n', 'STOPSIGNAL SIGTERM extra\n',
  ],
  invalid: [
    { code: 'FROM node\nSTOPSIGNAL a\n', errors: [{ line: 2, column: 12 }] },
    { code: 'STOPSIGNAL $\n', errors: 1 },
    { code: 'STOPSIGNAL $a\n', errors: 1 },
    { code: 'STOPSIGNAL ${a\n', errors: 1 },
    { code: 'STOPSIGNAL 0\n', errors: 1 },
  ],
});
