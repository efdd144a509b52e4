/**
 * A name no existing sheet has: `base` itself, else its variants in turn — "Orders (2)",
 * "Orders (3)" … by default. The one rule for every writer that creates a sheet (the sample,
 * the templates, the plan, the self-check's temporary sheet), so none overwrites a sheet.
 */
export function freeName(
  base: string,
  taken: (name: string) => boolean,
  variant: (attempt: number) => string = (attempt) => `${base} (${attempt + 1})`,
): string {
  if (!taken(base)) return base;
  for (let attempt = 1; ; attempt++) {
    const name = variant(attempt);
    if (!taken(name)) return name;
  }
}
