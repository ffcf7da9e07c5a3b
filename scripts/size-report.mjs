// `npm run size`: builds the client into a scratch folder with the chunk report on, then prints
// each chunk's gzip size and its largest modules. Usage: npm run size [-- chunk-name-filter]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
const dir = mkdtempSync(join(tmpdir(), 'tokenlab-size-'));
const report = join(dir, 'chunks.json');
try {
  execFileSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TOKENLAB_CHUNK_REPORT: report },
  });
  for (const chunk of JSON.parse(readFileSync(report, 'utf8'))) {
    if (!chunk.file.includes(filter)) continue;
    console.log(`${String(chunk.gzip).padStart(7)} B  ${chunk.file}`);
    for (const m of chunk.modules.slice(0, filter ? undefined : 8))
      console.log(`${String(m.gzip).padStart(16)} B  ${m.id} (${m.raw} B raw)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
