/** The app's own address, without a query: views are added to it. */
export function appBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}
