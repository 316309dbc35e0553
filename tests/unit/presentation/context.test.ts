import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  checkIgnoreLine,
  contextSummary,
  contextTree,
  explainPath,
  filesFromPicker,
  folderAt,
  formatBytes,
  listNotes,
  listShowing,
  MAX_CONTEXT_PATHS,
  parseFileList,
  previewContext,
  withEditorFiles,
} from '../../../src/presentation/context-tree.ts';
import { folderItems, folderTotals } from '../../../src/presentation/markup.ts';

const files = [
  { path: 'app.go', size: 6237 },
  { path: 'go.mod', size: 35 },
  { path: 'templates/index.html', size: 984 },
  { path: '.git/HEAD', size: 21 },
  { path: '.git/objects/pack/pack-1.pack', size: 48_300_000 },
  { path: '.env', size: 214 },
  { path: 'node_modules/prettier/index.mjs', size: 1_640_000 },
  { path: 'logs/app.log', size: 5_242_880 },
];

const appGoIgnore = readFileSync(new URL('../../../examples/app_go/.dockerignore', import.meta.url), 'utf8');

test('without a .dockerignore every file enters the build context', () => {
  const preview = previewContext(files, null);
  assert.equal(preview.excluded.files, 0);
  assert.equal(preview.included.files, files.length);
  assert.ok(preview.entries.every((e) => e.decidedBy === null));
});

test("app_go's .dockerignore keeps .git, .env, node_modules and logs out, and the sources in", () => {
  const preview = previewContext(files, appGoIgnore);
  const included = preview.entries.filter((e) => e.included).map((e) => e.path);
  assert.deepEqual(included, ['app.go', 'go.mod', 'templates/index.html']);
  assert.equal(contextSummary(preview), '3 files (7.3 KB) enter the build context; 5 files (55 MB) are excluded.');
});

test('each excluded file names the line that excluded it, like git check-ignore -v', () => {
  const preview = previewContext(files, '# secrets\n.env\nnode_modules\nlogs\n!logs/app.log\n');
  const entry = (path: string) => preview.entries.find((e) => e.path === path)!;
  const modules = entry('node_modules/prettier/index.mjs');
  assert.equal(modules.included, false);
  assert.equal(checkIgnoreLine(modules.decidedBy!, modules.path), '.dockerignore:3:node_modules\tnode_modules/prettier/index.mjs');
  // A "!" line after "logs" sends the file back, and says so.
  const log = entry('logs/app.log');
  assert.equal(log.included, true);
  assert.equal(checkIgnoreLine(log.decidedBy!, log.path), '.dockerignore:5:!logs/app.log\tlogs/app.log');
  assert.equal(entry('app.go').decidedBy, null);
});

test('a typed path gets the deciding line; the last matching line wins', () => {
  const ignore = 'node_modules\n!node_modules/keep.js\nnode_modules/keep.js\n';
  assert.equal(explainPath(ignore, './node_modules/keep.js'), 'Excluded: .dockerignore:3:node_modules/keep.js\tnode_modules/keep.js');
  assert.equal(explainPath('node_modules\n!node_modules/keep.js\n', 'node_modules/keep.js'), 'Sent: .dockerignore:2:!node_modules/keep.js\tnode_modules/keep.js');
  assert.equal(explainPath(ignore, 'node_modules/x/index.js'), 'Excluded: .dockerignore:1:node_modules\tnode_modules/x/index.js');
  assert.equal(explainPath(ignore, 'src/app.js'), 'Sent: no line of the .dockerignore matches src/app.js or a folder above it.');
  assert.equal(explainPath(null, 'src/app.js'), 'Sent: there is no .dockerignore, so src/app.js is in the build context.');
  assert.equal(explainPath(ignore, '/home/me/app/x.js'), '/home/me/app/x.js is not a path inside the context folder: give it from the context root, such as src/app.go.');
  assert.match(explainPath(ignore, '../x.js'), /^\.\.\/x\.js is not a path inside the context folder/);
  assert.equal(explainPath(ignore, '  '), 'Type a path from the context folder.');
});

test('the tree adds up what each folder sends and excludes', () => {
  const tree = contextTree(previewContext(files, appGoIgnore));
  assert.deepEqual(tree.folders.map((f) => f.name), ['.git', 'logs', 'node_modules', 'templates']);
  assert.deepEqual(tree.files.map((f) => f.path), ['.env', 'app.go', 'go.mod']);
  assert.deepEqual([tree.sent.files, tree.sent.bytes, tree.excluded.files, tree.excluded.bytes], [3, 7256, 5, 55_183_115]);
  const git = folderAt(tree, '.git')!;
  assert.deepEqual([git.sent.files, git.excluded.files, git.excluded.bytes], [0, 2, 48_300_021]);
  assert.equal(folderTotals(git), '2 files (48 MB) excluded');
  assert.equal(folderAt(tree, '.git/objects/pack')?.files[0]?.path, '.git/objects/pack/pack-1.pack');
  assert.equal(folderTotals(folderAt(tree, 'templates')!), '1 file (984 B) sent');
  assert.equal(folderAt(tree, 'nope'), null);
  // A folder a line matches names that line too, as git check-ignore -v does for a folder.
  assert.equal(checkIgnoreLine(git.decidedBy!, git.path), '.dockerignore:7:.git\t.git');
  assert.equal(folderAt(tree, 'templates')?.decidedBy, null);
});

test('the tree markup marks excluded entries in words and folds folders with <details>', () => {
  const tree = contextTree(previewContext(files, appGoIgnore));
  const open = folderItems(tree, { open: new Set(['.git', '.git/objects', '.git/objects/pack']), lazy: true });
  assert.match(open, /<li class="context-tree__folder" data-path="\.git\/" data-included="false"><details open="" data-folder="\.git">/);
  assert.match(open, /<span class="context-tree__mark">Excluded<\/span> <code class="context-tree__name">pack-1\.pack<\/code>/);
  assert.match(open, /\.dockerignore:\d+:\.git\t\.git\/objects\/pack\/pack-1\.pack/);
  // A folder names its deciding line once, not again in each folder inside it.
  assert.equal(open.match(/<code class="context-tree__why">\.dockerignore:\d+:\.git\t\.git[^/]/g)?.length, 1);
  assert.doesNotMatch(open, /\.git\t\.git\/objects</);
  // A closed folder of a large tree is drawn empty, filled when opened.
  assert.match(open, /<details data-folder="node_modules"><summary>.*?<\/summary><ul class="context-tree__list" data-folder-body=""><\/ul>/);
  assert.doesNotMatch(folderItems(tree, { open: new Set(), lazy: false }), /data-folder-body=""><\/ul>/);
});

test('a pasted find . -type f listing: ./ prefixes, CRLF, blank lines and folders are fine', () => {
  const list = parseFileList('.\r\n./app.go\r\n\r\n./templates/\n./templates/index.html\n  \n./.git/HEAD\n./a//b/../c.txt\n');
  assert.deepEqual(
    list.files.map((f) => [f.path, f.size]),
    [
      ['app.go', null],
      ['templates/index.html', null],
      ['.git/HEAD', null],
      ['a/c.txt', null],
    ],
  );
  assert.deepEqual(list.problems, []);
  assert.equal(list.listed, 4);
  const preview = previewContext(list.files, '.git\n');
  assert.equal(contextSummary(preview), '3 files enter the build context; 1 file is excluded.');
});

test('sizes from find -printf and du -ab are read, and du folder lines are not files', () => {
  const printf = parseFileList("6237 ./app.go\n984 ./templates/index.html\n");
  assert.deepEqual(printf.files, [
    { path: 'app.go', size: 6237 },
    { path: 'templates/index.html', size: 984 },
  ]);
  const du = parseFileList('6237\t./app.go\n984\t./templates/index.html\n4096\t./templates\n11317\t.\n');
  assert.deepEqual(du.files, printf.files);
  // A plain listing whose file name starts with digits is a name, not a size.
  assert.deepEqual(parseFileList('2024 report.pdf\n').files, [{ path: '2024 report.pdf', size: null }]);
  assert.equal(contextSummary(previewContext(du.files, null)), '2 files (7.2 KB) enter the build context; 0 files are excluded.');
});

test('lines that name no file in the context are skipped, and the reader is told which', () => {
  const list = parseFileList('./app.go\n/home/me/app/.env\n../secrets.txt\n');
  assert.deepEqual(list.files.map((f) => f.path), ['app.go']);
  assert.deepEqual(list.problems.map((p) => p.line), [2, 3]);
  const [note] = listNotes(list);
  assert.match(note!, /^Skipped 2 lines that name no file in the context: line 2 \(\/home\/me\/app\/\.env\): an absolute path/);
  assert.match(note!, /line 3 \(\.\.\/secrets\.txt\): a path outside the context folder\.$/);
});

test('a listing says how many files it shows, or that it names none', () => {
  assert.equal(listShowing('the pasted list', parseFileList('./app.go\n./src/\n./src/main.go\n')), 'Showing the pasted list: 2 files.');
  assert.equal(listShowing('your folder app', filesFromPicker([{ webkitRelativePath: 'app/go.mod', name: 'go.mod', size: 35 }])), 'Showing your folder app: 1 file.');
  assert.deepEqual(listNotes(parseFileList('./\n/etc/passwd\n')), [
    'The list names no file of the context folder.',
    'Skipped a line that names no file in the context: line 2 (/etc/passwd): an absolute path: run the command inside the context folder, so that paths start with ./.',
  ]);
});

test('a very large listing is cut, and says by how much', () => {
  const text = Array.from({ length: MAX_CONTEXT_PATHS + 10 }, (_, i) => `./src/f${i}.js`).join('\n');
  const t0 = performance.now();
  const list = parseFileList(text);
  const tree = contextTree(previewContext(list.files, 'src/f1*\n!src/f10.js\n'));
  folderItems(tree, { open: new Set(), lazy: true });
  const ms = performance.now() - t0;
  assert.equal(list.files.length, MAX_CONTEXT_PATHS);
  assert.equal(list.listed, MAX_CONTEXT_PATHS + 10);
  assert.deepEqual(listNotes(list), ['The listing names 50,010 files; only the first 50,000 are shown, and the totals count only them.']);
  assert.equal(tree.sent.files + tree.excluded.files, MAX_CONTEXT_PATHS);
  assert.ok(ms < 5000, `reading, matching and drawing 50,000 paths took ${ms.toFixed(0)} ms`);
});

test("a chosen folder gives names and sizes, without the folder's own name", () => {
  const list = filesFromPicker([
    { webkitRelativePath: 'myapp/app.go', name: 'app.go', size: 6237 },
    { webkitRelativePath: 'myapp/.git/HEAD', name: 'HEAD', size: 21 },
  ]);
  assert.deepEqual(list.files, [
    { path: 'app.go', size: 6237 },
    { path: '.git/HEAD', size: 21 },
  ]);
});

test('sizes read like docker build output', () => {
  assert.equal(formatBytes(984), '984 B');
  assert.equal(formatBytes(6237), '6.2 KB');
  assert.equal(formatBytes(48_300_000), '48 MB');
});

test("the sample project's Dockerfile and .dockerignore are as big as the editors' texts; an empty file says so", () => {
  const sample = [
    { path: 'Dockerfile', size: 1_024, note: 'the Dockerfile itself' },
    { path: '.dockerignore', size: 1_270 },
    { path: 'go.sum', size: 0 },
    { path: 'sub/Dockerfile', size: 10 },
  ];
  const files = withEditorFiles(sample, { dockerfile: 'FROM alpine:3.24\n# é\n', dockerignore: '' });
  assert.deepEqual(files, [
    { path: 'Dockerfile', size: 22, note: 'the Dockerfile itself' },
    { path: '.dockerignore', size: 0 },
    { path: 'go.sum', size: 0 },
    { path: 'sub/Dockerfile', size: 10 },
  ]);
  const html = folderItems(contextTree(previewContext(files, '')), { open: new Set(['sub']), lazy: false });
  assert.match(html, /<code class="context-tree__name">go\.sum<\/code> <span class="context-tree__size">empty<\/span>/);
  assert.match(html, /<code class="context-tree__name">Dockerfile<\/code> <span class="context-tree__size">22 B<\/span>/);
  assert.equal(contextSummary(previewContext(files, '')), '4 files (32 B) enter the build context; 0 files are excluded.');
});
