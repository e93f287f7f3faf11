#!/usr/bin/env node
// The `inclusio` command. The library is TypeScript, run as is through Node's type stripping.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`inclusio needs Node 22.18 or newer; this is ${process.version}. Run it through npm (npx inclusio), which uses the project's Node.`);
  process.exit(1);
}
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
