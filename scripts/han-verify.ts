// Whether one character is the traditional form of another, by OpenCC's tables (Hong Kong and
// Taiwan traditional to mainland simplified). The KB build uses it to accept only real pairs from
// aligning an entity's traditional and simplified aliases (core/match-index.ts). Build time only:
// nothing of OpenCC ships in the extension.
import * as OpenCC from 'opencc-js';

const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });

export function isTraditionalOf(traditional: string, simplified: string): boolean {
  return fromHongKong(traditional) === simplified || fromTaiwan(traditional) === simplified;
}
