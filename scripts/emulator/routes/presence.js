// @ts-check
'use strict';
/** Presence of extensions (user status, Do Not Disturb, message) and availability in call queues. */
const { ApiError, paginate } = require('../core/http');
const { findExtension } = require('./account');

/** Extension types without presence (RingCentral answers Offline and leaves out the user fields). */
const WITHOUT_PRESENCE = new Set([
	'Department',
	'Announcement',
	'Voicemail',
	'FaxUser',
	'PagingOnly',
	'SharedLinesGroup',
	'IvrMenu',
	'ApplicationExtension',
]);

/** @param {any} ctx @param {string} id */
function presenceOf(ctx, id) {
	const presence = ctx.state.presence[String(id)];
	if (!presence)
		ctx.state.presence[String(id)] = {
			userStatus: 'Available',
			dndStatus: 'TakeAllCalls',
			telephonyStatus: 'NoCall',
			message: '',
			allowSeeMyPresence: true,
			acceptCallQueueCalls: true,
		};
	return ctx.state.presence[String(id)];
}

/** The presence record as RingCentral answers it (`GetPresenceInfo`). @param {any} ctx @param {any} ext */
function presenceRecord(ctx, ext) {
	const api = `${ctx.baseUrl}/restapi/v1.0/account/${ctx.state.accountId}/extension/${ext.id}`;
	const extension = { id: ext.id, uri: api, extensionNumber: ext.extensionNumber };
	if (WITHOUT_PRESENCE.has(ext.type) || ext.status !== 'Enabled')
		return { uri: `${api}/presence`, extension, presenceStatus: 'Offline' };
	const p = presenceOf(ctx, ext.id);
	const busy =
		p.userStatus === 'Busy' ||
		p.dndStatus === 'DoNotAcceptAnyCalls' ||
		p.telephonyStatus !== 'NoCall';
	const presenceStatus = p.userStatus === 'Offline' ? 'Offline' : busy ? 'Busy' : 'Available';
	return { uri: `${api}/presence`, extension, presenceStatus, ...p, meetingStatus: 'Disconnected' };
}

/** @param {any} ctx */
function callQueue(ctx) {
	const ext = ctx.state.extensions.find(
		(/** @type {any} */ e) =>
			String(e.id) === String(ctx.params.groupId) && e.type === 'Department',
	);
	if (!ext)
		throw new ApiError(404, 'CMN-102', 'Resource for parameter [groupId] is not found', {
			parameterName: 'groupId',
			parameterValue: ctx.params.groupId,
		});
	return ext;
}

/** @param {any} ctx @param {string} queueId */
function queueMembersRecords(ctx, queueId) {
	const members = ctx.state.callQueueMembers[queueId] || [];
	return {
		records: members.map((/** @type {any} */ m) => {
			const ext = findExtension(ctx, m.id);
			return {
				member: {
					id: String(ext.id),
					name: ext.name,
					extensionNumber: ext.extensionNumber,
					site: { id: 'main-site', name: 'Main Site' },
				},
				acceptQueueCalls: presenceOf(ctx, ext.id).acceptCallQueueCalls !== false,
				acceptCurrentQueueCalls: m.acceptCurrentQueueCalls,
			};
		}),
	};
}

/** @param {any} ctx @param {string} extensionId */
function queuesOfMember(ctx, extensionId) {
	return Object.entries(ctx.state.callQueueMembers)
		.filter(([, members]) => members.some((/** @type {any} */ m) => m.id === String(extensionId)))
		.map(([queueId, members]) => {
			const queue = findExtension(ctx, queueId);
			const member = members.find((/** @type {any} */ m) => m.id === String(extensionId));
			return {
				callQueue: { id: String(queue.id), name: queue.name },
				acceptCalls: member.acceptCurrentQueueCalls,
			};
		});
}

/** Presence changes go to subscribers of the extension's and the account's presence. @param {any} ctx @param {any} ext */
function publishPresence(ctx, ext) {
	const { uri, extension, ...record } = presenceRecord(ctx, ext);
	const body = {
		extensionId: String(ext.id),
		...record,
		sequence: Date.now(),
		ownerId: String(ext.id),
	};
	for (const filter of [
		`/restapi/v1.0/account/~/extension/${ext.id}/presence`,
		'/restapi/v1.0/account/~/presence',
	]) {
		ctx.emu.notifications
			.publish(filter, body, { extensionId: String(ext.id) })
			.catch(() => undefined);
	}
}

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	readUserPresenceStatus: (ctx) => ({
		body: presenceRecord(ctx, findExtension(ctx, ctx.extensionId)),
	}),
	updateUserPresenceStatus: (ctx) => {
		const ext = findExtension(ctx, ctx.extensionId);
		if (ext.type !== 'User') {
			throw new ApiError(
				400,
				'CMN-101',
				`Presence status cannot be set for extension type [${ext.type}]`,
				{ parameterName: 'extensionId', parameterValue: String(ext.id) },
			);
		}
		Object.assign(presenceOf(ctx, ext.id), ctx.body || {});
		publishPresence(ctx, ext);
		return { body: presenceRecord(ctx, ext) };
	},
	readAccountPresence: (ctx) => {
		const all = ctx.state.extensions.map((/** @type {any} */ e) => presenceRecord(ctx, e));
		return { body: paginate(ctx, all) };
	},
	readCallQueuePresence: (ctx) => ({ body: queueMembersRecords(ctx, String(callQueue(ctx).id)) }),
	updateCallQueuePresence: (ctx) => {
		const queue = callQueue(ctx);
		const members = ctx.state.callQueueMembers[String(queue.id)] || [];
		for (const change of (ctx.body && ctx.body.records) || []) {
			const member = members.find(
				(/** @type {any} */ m) => m.id === String(change.member && change.member.id),
			);
			if (!member) {
				throw new ApiError(
					400,
					'CMN-101',
					`Extension [${change.member && change.member.id}] is not a member of the call queue`,
					{ parameterName: 'member.id', parameterValue: String(change.member && change.member.id) },
				);
			}
			if (typeof change.acceptCurrentQueueCalls === 'boolean')
				member.acceptCurrentQueueCalls = change.acceptCurrentQueueCalls;
		}
		return { body: queueMembersRecords(ctx, String(queue.id)) };
	},
	readExtensionCallQueuePresence: (ctx) => ({
		body: { records: queuesOfMember(ctx, ctx.extensionId) },
	}),
	updateExtensionCallQueuePresence: (ctx) => {
		for (const change of (ctx.body && ctx.body.records) || []) {
			const members =
				ctx.state.callQueueMembers[String(change.callQueue && change.callQueue.id)] || [];
			const member = members.find((/** @type {any} */ m) => m.id === ctx.extensionId);
			if (!member) {
				throw new ApiError(
					400,
					'CMN-101',
					`The extension is not a member of call queue [${change.callQueue && change.callQueue.id}]`,
					{ parameterName: 'callQueue.id' },
				);
			}
			if (typeof change.acceptCalls === 'boolean')
				member.acceptCurrentQueueCalls = change.acceptCalls;
		}
		return { body: { records: queuesOfMember(ctx, ctx.extensionId) } };
	},
};

module.exports = { handlers };
