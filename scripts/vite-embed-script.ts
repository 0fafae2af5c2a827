import { build, type Plugin, type Rollup } from 'vite';

/**
 * Builds src/embed/embed.ts into the app's output as `embed.js`: a stable, unhashed
 * name, because practices paste that URL into their sites. It is a classic script in an
 * IIFE (no module, no imports) with its own small build, so `npm run build` stays one
 * `vite build` and nothing of the app's bundle or chunk naming leaks into it.
 */
export function embedScript(entry: string): Plugin {
  return {
    name: 'front-door-embed-script',
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
          lib: { entry, formats: ['iife'], name: 'FrontDoorEmbedBuild', fileName: () => 'embed.js' },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
      const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk');
      if (!chunk) throw new Error('embed.js: the embed build produced no script');
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: chunk.code });
    },
  };
}
