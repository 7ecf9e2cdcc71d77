// @ts-check
'use strict';
/**
 * RingOut (`/ring-out`): a two-legged call that rings the "from" number first and then connects the
 * "to" number. Its status is InProgress until it has been read a few times, then what
 * `state.telephony.ringOutScript[to]` says (answered by default); `ringOutRetryAfter` adds a
 * `Retry-After` header to in-progress statuses. Cancelling it (DELETE) ends it; it is gone afterwards.
 */
const crypto = require('crypto');
const { ApiError, paginate } = require('../core/http');
const { telephonyOf, advanceRingOut } = require('../simulation/telephony');

/** @param {any} ctx */
function findRingOut(ctx) {
	const ringOut = telephonyOf(ctx.state).ringOuts.find(
		(/** @type {any} */ r) =>
			r.id === ctx.params.ringoutId && r.extensionId === ctx.extensionId && !r._cancelled,
	);
	if (!ringOut)
		throw new ApiError(404, 'CMN-102', 'Resource for parameter [ringoutId] is not found', {
			parameterName: 'ringoutId',
			parameterValue: ctx.params.ringoutId,
		});
	return ringOut;
}

/** @param {any} ctx @param {any} ringOut */
function view(ctx, ringOut) {
	return {
		id: ringOut.id,
		uri: `${ctx.baseUrl}/restapi/v1.0/account/${ctx.state.accountId}/extension/${ringOut.extensionId}/ring-out/${ringOut.id}`,
		status: { ...ringOut.status },
	};
}

/** E.164, or an extension number (RingOut can call colleagues). @param {unknown} value */
const dialable = (value) =>
	typeof value === 'string' && /^(\+?[1-9]\d{6,14}|\d{2,8})$/.test(value.replace(/[\s().-]/g, ''));

/** The country dictionary (RingOut and Call Out take a country for numbers without a country code). */
const COUNTRIES = [
	['1', 'United States', 'US', '1'],
	['39', 'Canada', 'CA', '1'],
	['224', 'United Kingdom', 'GB', '44'],
	['75', 'France', 'FR', '33'],
	['83', 'Germany', 'DE', '49'],
	['16', 'Australia', 'AU', '61'],
];

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	listCountries: (ctx) => ({
		body: paginate(
			ctx,
			COUNTRIES.map(([id, name, isoCode, callingCode]) => ({
				id,
				uri: `${ctx.baseUrl}/restapi/v1.0/dictionary/country/${id}`,
				name,
				isoCode,
				callingCode,
				emergencyCalling: true,
				numberSelling: true,
				loginAllowed: true,
				signupAllowed: true,
				freeSoftphoneLine: false,
			})),
		),
	}),
	createRingOutCall: (ctx) => {
		const { from = {}, to = {}, callerId } = ctx.body || {};
		if (!from.phoneNumber && !from.forwardingNumberId)
			throw new ApiError(400, 'CMN-101', 'Parameter [from.phoneNumber] value is invalid', {
				parameterName: 'from.phoneNumber',
			});
		if (from.phoneNumber && !dialable(from.phoneNumber))
			throw new ApiError(400, 'CMN-101', `Parameter [from.phoneNumber] value is invalid`, {
				parameterName: 'from.phoneNumber',
				parameterValue: from.phoneNumber,
			});
		if (!dialable(to.phoneNumber))
			throw new ApiError(400, 'CMN-101', 'Parameter [to.phoneNumber] value is invalid', {
				parameterName: 'to.phoneNumber',
				parameterValue: to.phoneNumber,
			});
		if (callerId && callerId.phoneNumber) {
			const own = ctx.state.phoneNumbers.find(
				(/** @type {any} */ p) =>
					p.phoneNumber === callerId.phoneNumber && String(p.extension.id) === ctx.extensionId,
			);
			if (!own || !own.features.includes('CallerId')) {
				throw new ApiError(
					400,
					'CMN-101',
					`Parameter [callerId.phoneNumber] value is invalid: ${callerId.phoneNumber} is not a caller ID of the extension`,
					{ parameterName: 'callerId.phoneNumber', parameterValue: callerId.phoneNumber },
				);
			}
		}
		const ringOut = {
			id: String(crypto.randomInt(1e8, 1e9)),
			extensionId: ctx.extensionId,
			from: from.phoneNumber || `forwarding:${from.forwardingNumberId}`,
			to: to.phoneNumber.replace(/[\s().-]/g, ''),
			callerId: callerId && callerId.phoneNumber,
			playPrompt: ctx.body.playPrompt,
			country: ctx.body.country,
			creationTime: new Date().toISOString(),
			_reads: 0,
			status: { callStatus: 'InProgress', callerStatus: 'InProgress', calleeStatus: 'InProgress' },
		};
		telephonyOf(ctx.state).ringOuts.push(ringOut);
		return { status: 200, body: view(ctx, ringOut) };
	},
	readRingOutCallStatus: (ctx) => {
		const ringOut = findRingOut(ctx);
		advanceRingOut(ctx.state, ringOut);
		ringOut._reads++;
		const retryAfter = telephonyOf(ctx.state).ringOutRetryAfter;
		const inProgress = ringOut.status.callStatus === 'InProgress';
		return {
			body: view(ctx, ringOut),
			headers: inProgress && retryAfter ? { 'Retry-After': String(retryAfter) } : {},
		};
	},
	deleteRingOutCall: (ctx) => {
		const ringOut = findRingOut(ctx);
		ringOut._cancelled = true;
		return { status: 204 };
	},
};

module.exports = { handlers };
