// Vitest (Vite) resolves `import.meta.glob` when it loads a test; the package itself has no Vite types.
interface ImportMeta {
  glob<T>(pattern: string, options: { eager: true; import: 'default' }): Record<string, T>;
}
