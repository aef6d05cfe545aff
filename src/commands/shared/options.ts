/**
 * A command's option names, declared once: the builder's setName and the handlers' getters both take them from
 * here, so a misspelt name is a compile error instead of an option that silently reads as null.
 */
export function optionNames<const N extends string>(...names: readonly N[]): { readonly [K in N]: K } {
  return Object.fromEntries(names.map((n) => [n, n])) as { readonly [K in N]: K };
}

/** "Only you see the answer", on every member command. */
export const SHARED_OPTIONS = optionNames('private');
