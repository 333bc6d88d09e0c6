/**
 * Upper bounds of the fields that have no natural maximum. Each is far above any real business
 * and low enough that no sum, product or square the engine forms can leave the range of a
 * double (1.8e308): with every field at its bound over 240 months, no number of the result
 * exceeds about 1e33 (2.2e32 measured; tests/unit/bounds.test.ts runs that corner and checks that
 * every number of the result is finite). Amounts are in the scenario's currency, which may be one of the
 * weakest (VND ≈ 25,000 per USD, IRR several hundred thousand), so money bounds are set for
 * those and are generous in dollars or euros. The model page lists them (read from here).
 */
export const BOUNDS = {
	/** Customers: more than everyone on Earth (about 8.1 billion people). */
	customers: 1e10,
	/**
	 * Money per customer (ARPU, CAC, cost of a contact or of retention per customer): 10¹², about
	 * USD 1.6 million per customer per month even in the weakest currency.
	 */
	perCustomerMoney: 1e12,
	/**
	 * Money per month for a whole strategy (budgets, CX spend): 10¹⁶, more than the largest
	 * advertiser's whole yearly marketing spend in the weakest currency.
	 */
	monthlyMoney: 1e16,
	/** Service contacts per customer per month: 100 is three a day, every day. */
	contactsPerCustomerMonthly: 100
} as const;
