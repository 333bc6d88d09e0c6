import { simulate } from '../src/lib/sim/run';
import { validateScenario } from '../src/lib/scenario/schema';
import { defaultScenario } from '../src/lib/scenario/presets/default';
const input: any = structuredClone(defaultScenario);
input.paths = 2000;
const patch = JSON.parse(process.argv[2] ?? '{}');
const merge = (a: any, b: any) => { for (const k in b) { if (b[k] && typeof b[k] === 'object' && !('low' in b[k]) && a[k]) merge(a[k], b[k]); else a[k] = b[k]; } };
merge(input, patch);
const v = validateScenario(input); if (!v.ok) { console.log(v.issues); process.exit(1); }
const r = simulate(v.scenario);
for (const s of r.strategies) { const m = s.monthly; console.log(s.id.padEnd(18), 'cust m1/12/24/60', [0, 11, 23, 59].map(t => (m.customers.p50[t]/1000).toFixed(1)).join(' '), 'rev m1/60', (m.revenue.p50[0]/1e6).toFixed(2), (m.revenue.p50[59]/1e6).toFixed(2), 'cash m12/24', (m.cumulativeCash.p50[11]/1e6).toFixed(1), (m.cumulativeCash.p50[23]/1e6).toFixed(1), 'churn', s.totals.averageChurnRate.p50.toFixed(4), 'nps60', m.nps.p50[59].toFixed(0)); }
const c = r.comparisons[0]!; console.log('P', c.probabilityHigherNpv, 'diff', (c.npvDifference.p50/1e6).toFixed(1), 'be p25/50/75', c.breakEvenMonth.p25, c.breakEvenMonth.p50, c.breakEvenMonth.p75, 'never', c.breakEvenMonth.neverShare);
