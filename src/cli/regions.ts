/**
 * World regions for `data:stats`, by ISO 3166-1 alpha-2 country: coverage is
 * judged by region ("Latin America / Middle East / Africa 40% known"), so the
 * stats count that way. Countries not listed count as "other".
 */
const REGION_COUNTRIES: Record<string, string> = {
  'North America': 'US CA BM',
  Europe: 'GB IE FR DE NL BE LU CH AT IT ES PT DK SE NO FI IS PL CZ SK HU RO BG GR CY MT SI HR RS BA ME MK AL EE LV LT UA BY MD TR RU JE GG IM LI MC',
  'Asia-Pacific': 'JP KR CN HK MO TW SG MY TH ID PH VN IN PK BD LK NP KH LA MM MN AU NZ FJ PG KZ UZ',
  'Latin America': 'MX BR AR CL CO PE UY PY BO EC VE CR PA GT HN SV NI DO CU PR JM TT BS BB KY VG',
  'Middle East & Africa': 'SA AE QA KW BH OM IL JO LB IQ IR SY YE EG MA DZ TN LY SD ET KE UG TZ RW NG GH CI SN CM AO MZ ZA NA BW ZM ZW MW MG MU CD CG GA ML BF NE TD',
};

const REGION_OF = new Map<string, string>(Object.entries(REGION_COUNTRIES).flatMap(([region, countries]) => countries.split(' ').map((country) => [country, region] as const)));

/** "Europe" for "DE"; "(no country)" when the entity names none, "other" for a country outside the list. */
export function regionOf(country: string | undefined): string {
  if (!country) return '(no country)';
  return REGION_OF.get(country.toUpperCase()) ?? 'other';
}
