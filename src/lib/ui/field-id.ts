/** A DOM id for the input of a scenario path: `company.cac.low` → `f-company-cac-low`. */
export function fieldDomId(path: string): string {
	return 'f-' + path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');
}
