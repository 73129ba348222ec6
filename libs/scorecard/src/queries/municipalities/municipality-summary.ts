import type { MunicipalitiesResponse } from './municipalities.response.js';

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const whole = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const kronor = (ore: number): string => `${whole.format(Math.round(ore / 100))} kr`;
const REGION_NAMES: Record<string, string> = { vastmanland: 'Västmanland', orebro: 'Örebro län' };

/**
 * One printable A4 page for a municipal leadership (the directive's section 4): the company's work
 * with the municipality's companies in the period. A municipality without activity shows zeros.
 */
export function municipalitySummaryHtml(municipality: string, figures: MunicipalitiesResponse): string {
  const rows = figures.municipalities;
  const sum = (pick: (r: (typeof rows)[number]) => number): number => rows.reduce((s, r) => s + pick(r), 0);
  const lines: [string, string][] = [
    ['Unika kunder (Råd och Lån)', whole.format(sum((r) => r.uniqueCustomers))],
    ['Unika kunder, Råd', whole.format(sum((r) => r.uniqueCustomersAdvisory))],
    ['Unika kunder, Lån', whole.format(sum((r) => r.uniqueCustomersLoans))],
    ['Insatser (beviljade lån + levererade moduler)', whole.format(sum((r) => r.interventions))],
    ['Beviljade lån', whole.format(sum((r) => r.loansGranted))],
    ['Levererade moduler', whole.format(sum((r) => r.deliveryModules))],
    ['Beviljad volym', kronor(sum((r) => r.grantedVolumeOre))],
    ['Nyutlåningsvolym (utbetalt)', kronor(sum((r) => r.newLendingVolumeOre))],
  ];
  const region = rows[0]?.region ?? figures.region;
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>${escape(municipality)} ${escape(figures.period.label)}: Almi Företagspartner Mälardalen</title>
<style>@page{size:A4;margin:18mm}body{font-family:system-ui,sans-serif;max-width:170mm;margin:auto;color:#111}
h1{font-size:20pt;margin:0 0 4pt}p.meta{color:#555;margin:0 0 14pt}table{border-collapse:collapse;width:100%}
td{border-bottom:1px solid #ccc;padding:6pt 4pt}td.v{text-align:right;font-variant-numeric:tabular-nums}footer{margin-top:18pt;font-size:9pt;color:#555}</style></head>
<body><main data-municipality="${escape(municipality)}">
<h1>${escape(municipality)}</h1>
<p class="meta">Almi Företagspartner Mälardalens arbete med kommunens företag, ${escape(figures.period.from)} – ${escape(figures.period.to)}${region ? `, ${escape(REGION_NAMES[region] ?? region)}` : ''}</p>
<table>${lines.map(([label, value]) => `<tr><td>${escape(label)}</td><td class="v">${escape(value)}</td></tr>`).join('')}</table>
<footer>Kunder räknas i den kommun de senast registrerades i. Insatser räknas på verksamhetsdatum; makulerade moduler ingår inte.</footer>
</main></body></html>`;
}
