import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionLocator } from '../../../shared/extensions';
import type { LocatorSpec } from '../../../shared/locators';
import { readLocator, resourceLocator } from '../../../shared/locators';
import { ringCentralJson } from '../../../shared/transport';
import { simplifySwitch } from '../../../shared/descriptions';
import { videoLookups } from '../../specOverrides';

/** A meeting (RingCentral Video bridge): from the list, by ID, by its join link or by its web PIN. */
export const MEETING_LOCATOR: LocatorSpec = {
	name: 'meeting',
	displayName: 'Meeting',
	description: 'The RingCentral Video meeting (bridge)',
	searchListMethod: 'searchMeetings',
	listPlaceholder: 'Select a meeting...',
	idPattern: '[A-Za-z0-9][A-Za-z0-9_.-]{2,}',
	idPlaceholder: 'iad41-c04-ndb256065cf14ae6a1832389d9c2e',
	idFormat:
		'A meeting ID has letters, digits, dots and dashes, e.g. iad41-c04-ndb256065cf14ae6a1832389d9c2e.',
	url: {
		placeholder: 'https://v.ringcentral.com/join/018209241352',
		pattern: 'https?://[^\\s/]+/join/([A-Za-z0-9_.-]+)',
		format: "Paste the meeting's join link, e.g. https://v.ringcentral.com/join/018209241352.",
	},
	modes: [
		{
			displayName: 'By Web PIN',
			name: 'webPin',
			type: 'string',
			placeholder: '018209241352',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '\\s*[A-Za-z0-9_.-]+\\s*',
						errorMessage: 'A web PIN has digits (or is a personal meeting name)',
					},
				},
			],
		},
	],
};

export const meetingLocator = (): INodeProperties => resourceLocator(MEETING_LOCATOR);

export const bridgeUrl = (id: string) => `/rcvideo/v2/bridges/${encodeURIComponent(id)}`;

/**
 * The meeting a locator points to. A join link or web PIN is looked up (one request) and that bridge is
 * returned as well, so "Get" needs no second request.
 */
export async function findMeeting(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Promise<{ id: string; bridge?: IDataObject }> {
	const { mode, id } = readLocator(ctx, itemIndex, MEETING_LOCATOR);
	if (mode !== 'webPin' && mode !== 'url') return { id };
	const bridge = await ringCentralJson<IDataObject>(
		ctx,
		{ method: 'GET', url: `/rcvideo/v2/bridges/pin/web/${encodeURIComponent(id)}` },
		videoLookups.meeting.byWebPin,
		itemIndex,
	);
	return { id: String(bridge.id), bridge };
}

export const simplifyProperty = simplifySwitch(
	'Whether to return the join link, PINs and main settings at the top level instead of the raw meeting',
);

/** A bridge as a flat record: what a workflow passes on (join link, PINs, password) at the top level. */
export function simplifyBridge(bridge: IDataObject): IDataObject {
	const pins = (bridge.pins ?? {}) as IDataObject;
	const pstn = (pins.pstn ?? {}) as IDataObject;
	const security = (bridge.security ?? {}) as IDataObject;
	const password = (security.password ?? {}) as IDataObject;
	const preferences = (bridge.preferences ?? {}) as IDataObject;
	const join = (preferences.join ?? {}) as IDataObject;
	const host = (bridge.host ?? {}) as IDataObject;
	const flat: IDataObject = {
		id: bridge.id,
		name: bridge.name,
		type: bridge.type,
		joinUrl: (bridge.discovery as IDataObject | undefined)?.web,
		webPin: pins.web,
		hostPin: pstn.host,
		participantPin: pstn.participant,
		passwordProtected: security.passwordProtected ?? false,
		password: password.plainText,
		phonePassword: password.pstn,
		hostExtensionId: host.extensionId,
		joinBeforeHost: preferences.joinBeforeHost,
		waitingRoom: join.waitingRoomRequired,
		recordingMode: preferences.recordingsMode,
	};
	return Object.fromEntries(Object.entries(flat).filter(([, value]) => value !== undefined));
}

/** The output of an operation that returns a bridge. */
export function bridgeOutput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	bridge: IDataObject,
): IDataObject {
	return ctx.getNodeParameter('simplify', itemIndex, true) ? simplifyBridge(bridge) : bridge;
}

/** The meeting, shared by every operation on one meeting. */
export const meetingDescription: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['meeting'], operation: ['get', 'update', 'delete'] } },
		[meetingLocator()],
	),
];

/** The Simplify switch of the two reads, Get and Get Default. */
export const readSimplifyDescription: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['meeting'], operation: ['get', 'getDefault'] } }, [
		simplifyProperty,
	]),
];

/** The meeting's host, for Create and Get Default. */
export const hostProperty = extensionLocator({
	displayName: 'Host',
	description:
		'The user the meeting belongs to; leave empty for the authorized user (others need an administrator or a delegate)',
});
