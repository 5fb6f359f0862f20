export function run(_args: string[]): Promise<number> {
  return Promise.resolve(0);
}
