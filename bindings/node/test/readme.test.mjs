// README.md's "Use from Node.js" program, extracted and run as a user would run it (`node`, with
// `require('ferrite-embedded')` resolving to this package), its output checked.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

/** The first ```js block under the heading `## Use from Node.js`. */
function program() {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('\n## Use from Node.js\n');
  assert.ok(start >= 0, 'README.md has no "## Use from Node.js" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const block = /\n```js\n([\s\S]*?)\n```\n/.exec(section);
  assert.ok(block, 'the section has no ```js block');
  return block[1];
}

test("README.md's Node.js program runs", () => {
  // Inside the package, so that require('ferrite-embedded') finds it by its own name.
  const file = fileURLToPath(new URL(`./readme-program-${process.pid}.cjs`, import.meta.url));
  writeFileSync(file, program());
  let out;
  try {
    out = execFileSync(process.execPath, [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } finally {
    rmSync(file, { force: true });
  }
  const lines = out.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 2), ['Alice', '1n']);
  assert.ok(lines.includes("[Object: null prototype] { email: 'alice@example.com' }"), out);
  assert.ok(lines.includes('[ -100n, 100n ]'), out);
  assert.ok(lines.includes('true'), out);
  assert.ok(lines.includes('WRONGTYPE WRONGTYPE Operation against a key holding the wrong kind of value'), out);
  assert.ok(lines.includes('user:123:name') && lines.includes('user:123'), out);
  assert.equal(lines.at(-1), '<Buffer 41 6c 69 63 65>');
});
