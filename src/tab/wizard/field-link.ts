/** A summary row's field as a field on the page: a risk row stands for its title. */
export const fieldOnPageFor = (field: string): string => (/^risks\.\d+$/.test(field) ? `${field}.title` : field);
