import { serialize, unserialize } from './src/lib/php-serialize/index.ts'
import { MIXED } from './.phpb.ts'
function toPhp(v: any): any { if (Array.isArray(v)) return v.map(toPhp); if (v !== null && typeof v === 'object') return new Map(Object.entries(v).map(([k, x]) => [k, toPhp(x)])); return v }
const php = serialize(toPhp(MIXED))
for (let i = 0; i < 60000; i++) unserialize(php)
