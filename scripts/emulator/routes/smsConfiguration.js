// @ts-check
'use strict';
/**
 * 10DLC registration of the account's numbers (smsConfigurationInfo): the TCR campaign and brand each
 * number is registered under, kept per phone number id. Seeded on first read: local SMS numbers are
 * registered and approved (campaign and brand `Confirmed`); other numbers (toll-free, voice-only) have no
 * registration. Tests change it with `emu.setSmsConfiguration`.
 *
 * Guesses (not documented): a number without a registration answers with only phoneNumberId and
 * phoneNumber; a number that is not the extension's is 404 CMN-102, like other phone-number reads.
 */
const { ApiError } = require('../core/http');

/**
 * @typedef {{ errorCode: string, message: string }} RegistrationError
 * @typedef {{ id: string, status: string, registrationTier?: string, useCases?: string[],
 *   errors?: RegistrationError[] }} CampaignInfo
 * @typedef {{ id: string, status: string, errors?: RegistrationError[] }} BrandInfo
 * @typedef {{ campaign?: CampaignInfo, brand?: BrandInfo }} SmsConfiguration
 */

const DEMO_BRAND = { id: 'BDEMO01', status: 'Confirmed' };

/** @param {any} phone @returns {SmsConfiguration} */
function seedOf(phone) {
	const registered = phone.features.includes('SmsSender') && phone.paymentType === 'Local';
	if (!registered) return {};
	return {
		campaign: {
			id: `CDEMO${String(phone.id).slice(-2)}`,
			status: 'Confirmed',
			registrationTier: 'LOW_VOLUME',
			useCases: ['CUSTOMER_CARE', 'ACCOUNT_NOTIFICATION'],
		},
		brand: { ...DEMO_BRAND },
	};
}

/** The registrations by phone number id, seeded from the phone numbers on first use. @param {any} state */
function configurationsOf(state) {
	if (!state.smsConfigurations) {
		/** @type {Record<string, SmsConfiguration>} */
		const seeded = {};
		for (const phone of state.phoneNumbers) seeded[String(phone.id)] = seedOf(phone);
		state.smsConfigurations = seeded;
	}
	return /** @type {Record<string, SmsConfiguration>} */ (state.smsConfigurations);
}

/** @param {any} state @param {string} phoneNumber */
function phoneByNumber(state, phoneNumber) {
	const phone = state.phoneNumbers.find((/** @type {any} */ p) => p.phoneNumber === phoneNumber);
	if (!phone) throw new Error(`No phone number ${phoneNumber} in the emulator's state`);
	return phone;
}

/**
 * Sets the campaign and/or brand registration of one of the account's numbers; a part given as `null`
 * removes it (the number is not registered). Fields not given keep their value.
 * @param {any} state
 * @param {{ phoneNumber: string, campaign?: Partial<CampaignInfo> | null, brand?: Partial<BrandInfo> | null }} o
 * @returns {SmsConfiguration}
 */
function setSmsConfiguration(state, o) {
	const id = String(phoneByNumber(state, o.phoneNumber).id);
	const current = configurationsOf(state)[id] || {};
	/** @type {SmsConfiguration} */
	const next = { ...current };
	if (o.campaign === null) delete next.campaign;
	else if (o.campaign)
		next.campaign = {
			...{ id: `C${id.slice(-6)}`, status: 'Submitted' },
			...current.campaign,
			...o.campaign,
		};
	if (o.brand === null) delete next.brand;
	else if (o.brand)
		next.brand = {
			...{ id: `B${id.slice(-6)}`, status: 'Submitted' },
			...current.brand,
			...o.brand,
		};
	configurationsOf(state)[id] = next;
	return next;
}

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	smsConfigurationInfo: (ctx) => {
		const phone = ctx.state.phoneNumbers.find(
			(/** @type {any} */ p) =>
				String(p.id) === ctx.params.phoneNumberId && String(p.extension.id) === ctx.extensionId,
		);
		if (!phone)
			throw new ApiError(404, 'CMN-102', 'Resource for parameter [phoneNumberId] is not found', {
				parameterName: 'phoneNumberId',
				parameterValue: ctx.params.phoneNumberId,
			});
		const { campaign, brand } = configurationsOf(ctx.state)[String(phone.id)] || {};
		/** @type {Record<string, any>} */
		const body = { phoneNumberId: String(phone.id), phoneNumber: phone.phoneNumber };
		if (campaign) body.smsCampaignInfo = { useCases: [], errors: [], ...campaign };
		if (brand) body.smsBrandInfo = { errors: [], ...brand };
		return { body };
	},
};

module.exports = { handlers, setSmsConfiguration, configurationsOf };
