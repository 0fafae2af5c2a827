import { build, type Plugin, type Rollup } from 'vite';

/**
 * Builds one entry into the app's output as a classic script in an IIFE (no module, no
 * imports) under a stable, unhashed name, with its own small build, so `npm run build`
 * stays one `vite build` and nothing of the app's bundle or chunk naming leaks into it.
 * Two use it: `embed.js`, whose URL practices paste into their sites, and
 * `outbox-sync.js`, which the service worker imports with importScripts (only classic
 * scripts can be imported there).
 */
export function classicScript(entry: string, fileName: string): Plugin {
  return {
    name: `front-door-classic-script:${fileName}`,
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          write: false,
          target: 'es2020',
          minify: true,
          lib: { entry, formats: ['iife'], name: 'FrontDoorClassicScript', fileName: () => fileName },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
      const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk');
      if (!chunk) throw new Error(`${fileName}: its build produced no script`);
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
    },
  };
}
