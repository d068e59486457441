const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

/** "£118,000": whole pounds, as council budgets are reported. */
export const formatPounds = (n: number): string => pounds.format(n);
