/**
 * The scenario format, schema 1 (MODEL.md section 7), as the engine sees it after validation:
 * every default filled in. `ScenarioInput` (see schema.ts) is what a file or link may carry.
 */

import type { IssueCode, IssueParams } from './issue-codes';

/** A PERT distribution on [low, high] with mode `likely`; drawn once per simulated path. */
export interface Pert {
	low: number;
	likely: number;
	high: number;
}

/** A number, or a PERT distribution for inputs that are uncertain. */
export type Uncertain = number | Pert;

export interface Market {
	/** Customers the market can hold at most (cap on the customer count). */
	addressableCustomers: number;
	/** Competitor shocks per year (Poisson rate). */
	competitorShockRatePerYear: Uncertain;
	/** Churn multiplier while a shock is active. */
	shockChurnMultiplier: Uncertain;
	/** CAC multiplier while a shock is active. */
	shockCacMultiplier: Uncertain;
	/** Length of one shock, in months. */
	shockDurationMonths: number;
}

export interface Company {
	startingCustomers: number;
	/** Revenue per customer per month at the starting wallet share, in the scenario currency. */
	arpuMonthly: Uncertain;
	/** Gross margin on revenue, 0–1. */
	grossMargin: Uncertain;
	/** Monthly churn probability of a mature customer, 0–1. */
	matureChurnMonthly: Uncertain;
	/** Churn multiplier in a customer's first month after acquisition (decays with age). */
	earlyChurnMultiplier: Uncertain;
	/** e-folding time of the early-churn excess, in months. */
	earlyChurnDecayMonths: number;
	/** Paid cost to acquire one customer in month 1, in the scenario currency. */
	cac: Uncertain;
	/** Yearly CAC inflation (0.1 = +10% a year). */
	cacInflationAnnual: Uncertain;
	/** How steeply CAC rises as the market fills up. */
	saturationElasticity: Uncertain;
	/** Service contacts per customer per month at the starting NPS. */
	contactsPerCustomerMonthly: Uncertain;
	/** Cost of one service contact, in the scenario currency. */
	costPerContact: Uncertain;
	/** NPS at month 0, −100–100. */
	npsStart: number;
	/** Share of wallet of the starting base, 0.01–1. */
	walletShareStart: number;
	/** Share of wallet of a newly acquired customer. */
	walletShareNew: number;
	/** The share of wallet that expansion tends toward. */
	walletShareMax: number;
}

export interface Effects {
	churnNpsElasticity: Uncertain;
	referralRateAtNps100: Uncertain;
	expansionRateMonthly: Uncertain;
	expansionNpsElasticity: Uncertain;
	contactNpsElasticity: Uncertain;
	detractorCacUplift: Uncertain;
	unfairnessChurnUplift: Uncertain;
	promoNpsPenalty: Uncertain;
	lockInNpsPenalty: Uncertain;
	npsMaxLift: Uncertain;
	cxSpendHalfLift: Uncertain;
	npsLagMonths: Uncertain;
}

export interface Promo {
	/** Price discount during the promotion, 0–1. */
	discount: number;
	/** Length of the promotion from acquisition, in months. */
	months: number;
	/** Extra conversion from the offer: CAC is divided by 1 + lift. */
	conversionLift: Uncertain;
	/** True when only new customers get the offer. */
	exclusiveToNew: boolean;
	/** Churn multiplier in the first month at full price. */
	dealSeekerChurnMultiplier: Uncertain;
}

export interface LockIn {
	/** Share of new customers who sign a contract, 0–1. */
	share: number;
	/** Contract length in months. */
	months: number;
	/** Churn multiplier while under contract, 0–1. */
	inContractChurnMultiplier: Uncertain;
	/** Share of contracted customers who leave when the contract ends. */
	expiryChurn: Uncertain;
}

export interface Retention {
	/** Share of churn hazard removed by proactive outreach, 0–1. */
	hazardReduction: Uncertain;
	/** Programme cost per customer per month, in the scenario currency. */
	costPerCustomerMonthly: Uncertain;
}

export interface Strategy {
	id: string;
	name: string;
	acquisitionBudgetMonthly: number;
	acquisitionBudgetGrowthAnnual: number;
	cxInvestmentMonthly: number;
	priceIncreaseAnnual: number;
	promo?: Promo;
	lockIn?: LockIn;
	retention?: Retention;
}

/** A validated scenario with every default filled in. */
export interface Scenario {
	schema: 1;
	name: string;
	currency: string;
	horizonMonths: number;
	discountRateAnnual: number;
	paths: number;
	seed: string | number;
	processNoise: boolean;
	market: Market;
	company: Company;
	effects: Effects;
	strategies: Strategy[];
}

/**
 * One broken rule: where (a field path such as `strategies[1].lockIn.months`), which rule
 * (`code`, with the numbers it needs in `params`) and an English sentence for logs and the
 * command line. Interfaces translate by `code`, never by the words of `message`.
 */
export interface ScenarioIssue {
	path: string;
	code: IssueCode;
	params: IssueParams;
	message: string;
}

export type ValidationResult =
	{ ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };
