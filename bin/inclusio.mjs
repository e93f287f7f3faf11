#!/usr/bin/env node
// The `inclusio` command. The library is TypeScript, run as is through Node's type stripping.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`inclusio needs Node 22.18 or newer; this is ${process.version}. Run it through npm (npx inclusio), which uses the project's Node.`);
  process.exit(1);
}
// Node's compile cache (in the system's temporary folder; NODE_COMPILE_CACHE names another,
// NODE_DISABLE_COMPILE_CACHE=1 turns it off) keeps each module's compiled code and its stripped
// types between runs: a run then loads no TypeScript stripper at all, which saves about 30 MB
// of memory and 0.2 s of CPU per build. A folder that cannot be written only costs the saving.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
const { main } = await import('../lib/cli/main.ts');
// A smaller young generation while the build's data is small: 30 to 40 MB less at the same speed.
const { keepYoungGenerationSmall } = await import('../lib/cli/young-generation.ts');
keepYoungGenerationSmall();
process.exitCode = await main(process.argv.slice(2));
