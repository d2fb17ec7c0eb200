// Makes reform's package, reform-VERSION.tgz, as offices install it: the files `npm pack` ships, without the
// development scripts (src/init/pack.ts says why), the same bytes every time. `npm run package [-- DIR]`
// compiles dist/ first; the tarball is written into DIR (default: the current directory).
import path from 'node:path';

const { packReform } = await import('../dist/init/pack.js');
const { writeFileAtomic } = await import('../dist/io/atomic.js');

const outDir = path.resolve(process.argv[2] ?? '.');
const packed = await packReform();
const target = path.join(outDir, packed.fileName);
await writeFileAtomic(target, packed.data);
console.log(`${target} (${packed.files.length} files, ${Math.round(packed.data.length / 1024)} KB)`);
