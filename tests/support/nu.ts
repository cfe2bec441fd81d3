/**
 * Runs the W3C Nu HTML checker (vnu.jar, from the vnu-jar package) over a whole built site
 * in one Java process — it starts in about a second, so one run per page would cost more
 * than the checking — and returns its messages per file.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const vnuJar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

export interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  extract?: string;
}

/**
 * Checks every .html file under `dir`: messages by file path relative to `dir` (errors have
 * type 'error'; warnings are type 'info' with subType 'warning').
 */
export function checkHtml(dir: string): Promise<Map<string, NuMessage[]>> {
  const root = path.resolve(dir);
  const java = process.env.JAVA ?? 'java';
  return new Promise((resolve, reject) => {
    const child = spawn(java, ['-Xss2m', '-jar', vnuJar, '--format', 'json', '--exit-zero-always', '--skip-non-html', root], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d)); // vnu writes its report to stderr
    child.on('error', (e) =>
      reject(new Error(`could not start ${java} for the Nu HTML checker (${e.message}); install Java 11+ (Debian: apt-get install default-jre-headless) or set JAVA`)),
    );
    child.on('close', (code) => {
      let report: { messages: NuMessage[] };
      try {
        report = JSON.parse(out);
      } catch {
        return reject(new Error(`the Nu HTML checker exited ${code} without a report:\n${out}`));
      }
      const byFile = new Map<string, NuMessage[]>();
      for (const m of report.messages) {
        const file = m.url?.startsWith('file:') ? path.relative(root, fileURLToPath(m.url)).split(path.sep).join('/') : (m.url ?? '');
        byFile.set(file, [...(byFile.get(file) ?? []), m]);
      }
      resolve(byFile);
    });
  });
}

/** `file:line:column: message («extract»)`, one line per message. */
export function formatMessages(file: string, messages: NuMessage[]): string {
  return messages
    .map((m) => `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}: ${m.message}${m.extract ? ` («${m.extract.replace(/\s+/g, ' ')}»)` : ''}`)
    .join('\n');
}
