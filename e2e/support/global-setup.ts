import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './server';

// The server serves web/dist; build it once when it is missing (`npm run build -w web` refreshes it).
export default function setup(): void {
  if (existsSync(path.join(repoRoot, 'web', 'dist', 'index.html'))) return;
  execFileSync('npm', ['run', 'build', '-w', 'web'], { cwd: repoRoot, stdio: 'inherit' });
}
