/** The envoy's id in URLs: the canonical name folded to a slug ("Zalmay Khalilzad" -> "zalmay-khalilzad"). */
export function envoyId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
