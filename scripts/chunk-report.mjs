// An Astro integration that writes, for every client chunk, its gzip size and each module's share
// (gzip of the module's rendered code alone, so the shares add up to more than the chunk). Used by
// `npm run size`; it is off unless TOKENLAB_CHUNK_REPORT names the JSON file to write.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** @returns {import('astro').AstroIntegration} */
export function chunkReport(file) {
  return {
    name: 'token-lab:chunk-report',
    hooks: {
      'astro:build:setup': ({ vite }) => {
        vite.plugins ??= [];
        vite.plugins.push({
          name: 'token-lab:chunk-report',
          generateBundle(_options, bundle) {
            // Astro 7 builds several Vite environments; only the browser's chunks matter here.
            if (this.environment?.name !== 'client') return;
            const chunks = Object.values(bundle)
              .filter((c) => c.type === 'chunk')
              .map((c) => ({
                file: c.fileName,
                gzip: gzip(c.code),
                modules: Object.entries(c.modules)
                  .map(([id, m]) => ({
                    id: id.replace(/^.*?\/(src|node_modules)\//, '$1/'),
                    raw: m.renderedLength,
                    gzip: m.code ? gzip(m.code) : 0,
                  }))
                  .sort((a, b) => b.gzip - a.gzip),
              }))
              .sort((a, b) => b.gzip - a.gzip);
            writeFileSync(file, JSON.stringify(chunks, null, 1));
          },
        });
      },
    },
  };
}
