import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import { invalidInput } from '../../../shared/validation';

const MODES = [
	{
		name: 'Automatic',
		value: 'Auto',
		description: 'Starts with the meeting; the host may stop it',
	},
	{
		name: 'Automatic, Always On',
		value: 'ForceAuto',
		description: 'Starts with the meeting and cannot be stopped',
	},
	{ name: 'Started by a Participant', value: 'User' },
];

/** Meeting settings shared by Create and Update; `createOnly` fields cannot be changed afterwards. */
function settingFields(forCreate: boolean): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Audio Muted on Join',
			name: 'audioMuted',
			type: 'boolean',
			default: false,
			description: 'Whether participants join with their microphone muted',
		},
		{
			displayName: 'Auto-Share Recordings',
			name: 'autoShareRecordings',
			type: 'boolean',
			default: false,
			description: 'Whether recordings are shared with the participants automatically',
		},
		{
			displayName: 'End-to-End Encryption',
			name: 'e2ee',
			type: 'boolean',
			default: false,
			description: 'Whether the meeting is end-to-end encrypted (recording is then unavailable)',
		},
		{
			displayName: 'Everyone Can Control Recording',
			name: 'everyoneCanControlRecording',
			type: 'boolean',
			default: false,
			description: 'Whether any participant may start and pause the recording',
		},
		{
			displayName: 'Join Before Host',
			name: 'joinBeforeHost',
			type: 'boolean',
			default: true,
			description: 'Whether participants may join before the host',
		},
		{
			displayName: 'Music on Hold',
			name: 'musicOnHold',
			type: 'boolean',
			default: true,
			description: 'Whether a participant alone in the meeting hears music',
		},
		{
			displayName: 'Only Authenticated Users',
			name: 'noGuests',
			type: 'boolean',
			default: false,
			description: 'Whether only signed-in RingCentral users may join (no guests)',
		},
		{
			displayName: 'Only Users of This Account',
			name: 'sameAccount',
			type: 'boolean',
			default: false,
			description: 'Whether only users of your RingCentral account may join',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Protects the meeting with this password (it is added to the join link RingCentral returns to you)',
		},
		{
			displayName: 'Recording Mode',
			name: 'recordingsMode',
			type: 'options',
			options: MODES,
			default: 'User',
			description: 'When the meeting is recorded',
		},
		{
			displayName: 'Screen Sharing',
			name: 'screenSharing',
			type: 'boolean',
			default: true,
			description: 'Whether participants may share their screen',
		},
		{
			displayName: 'Transcription Mode',
			name: 'transcriptionsMode',
			type: 'options',
			options: MODES,
			default: 'User',
			description: 'When the meeting is transcribed',
		},
		{
			displayName: 'Video Muted on Join',
			name: 'videoMuted',
			type: 'boolean',
			default: false,
			description: 'Whether participants join with their camera off',
		},
		{
			displayName: 'Waiting Room',
			name: 'waitingRoom',
			type: 'options',
			options: [
				{
					name: 'Everybody',
					value: 'Everybody',
					description: 'Everyone waits until the host lets them in',
				},
				{
					name: 'Guests Only',
					value: 'GuestsOnly',
					description: 'People who are not signed in wait',
				},
				{ name: 'Nobody', value: 'Nobody', description: 'No waiting room' },
				{
					name: 'Other Accounts',
					value: 'OtherAccount',
					description: 'People from other RingCentral accounts and guests wait',
				},
			],
			default: 'Nobody',
			description: 'Who waits in the waiting room before being let in',
		},
	];
	if (forCreate) {
		fields.push(
			{
				displayName: 'Host Phone PIN',
				name: 'hostPin',
				type: 'string',
				default: '',
				placeholder: '432331057631',
				description: 'PIN the host dials in with by phone; generated when empty',
			},
			{
				displayName: 'Participant Phone PIN',
				name: 'participantPin',
				type: 'string',
				default: '',
				placeholder: '013409241367',
				description: 'PIN participants dial in with by phone; generated when empty',
			},
			{
				displayName: 'Web PIN',
				name: 'webPin',
				type: 'string',
				default: '',
				placeholder: '018209241352',
				description: 'The number in the join link; generated when empty',
			},
		);
	} else {
		fields.push(
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'New name of the meeting',
			},
			{
				displayName: 'Remove Password',
				name: 'removePassword',
				type: 'boolean',
				default: false,
				description: 'Whether to remove the password so anyone with the link can join',
			},
		);
	}
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
}

export function settingsCollection(forCreate: boolean): INodeProperties {
	return {
		displayName: forCreate ? 'Settings' : 'Update Fields',
		name: forCreate ? 'settings' : 'updateFields',
		type: 'collection',
		placeholder: forCreate ? 'Add Setting' : 'Add Field',
		default: {},
		options: settingFields(forCreate),
	};
}

const PIN = /^\d{6,16}$/;

/**
 * The CreateBridgeRequest / UpdateBridgeRequest parts for the chosen settings. Only what was chosen is
 * sent: an update leaves everything else as it is.
 */
export function bridgeBody(node: INode, itemIndex: number, settings: IDataObject): IDataObject {
	const body: IDataObject = {};
	const security: IDataObject = {};
	const preferences: IDataObject = {};
	const join: IDataObject = {};
	const recordings: IDataObject = {};
	const pstn: IDataObject = {};
	const pins: IDataObject = {};
	const has = (key: string) => settings[key] !== undefined && settings[key] !== '';

	if (has('name')) body.name = String(settings.name);
	if (has('password') && settings.removePassword === true) {
		throw invalidInput(
			node,
			itemIndex,
			'Password',
			'both a password and "Remove Password" are set',
			'Set a password, or remove it, not both.',
		);
	}
	if (has('password'))
		Object.assign(security, { passwordProtected: true, password: String(settings.password) });
	if (settings.removePassword === true) security.passwordProtected = false;
	for (const key of ['noGuests', 'sameAccount', 'e2ee'])
		if (has(key)) security[key] = settings[key];
	for (const key of [
		'joinBeforeHost',
		'musicOnHold',
		'screenSharing',
		'recordingsMode',
		'transcriptionsMode',
	])
		if (has(key)) preferences[key] = settings[key];
	for (const key of ['audioMuted', 'videoMuted']) if (has(key)) join[key] = settings[key];
	if (has('waitingRoom')) join.waitingRoomRequired = settings.waitingRoom;
	if (has('everyoneCanControlRecording'))
		recordings.everyoneCanControl = { enabled: settings.everyoneCanControlRecording };
	if (has('autoShareRecordings')) recordings.autoShared = { enabled: settings.autoShareRecordings };
	for (const [key, target, label] of [
		['hostPin', 'host', 'Host Phone PIN'],
		['participantPin', 'participant', 'Participant Phone PIN'],
	] as const) {
		if (!has(key)) continue;
		const pin = String(settings[key]).trim();
		if (!PIN.test(pin))
			throw invalidInput(
				node,
				itemIndex,
				label,
				`"${pin}" is not a PIN`,
				'A phone PIN has 6 to 16 digits, or leave it empty to have one generated.',
			);
		pstn[target] = pin;
	}
	if (has('webPin')) {
		const pin = String(settings.webPin).trim();
		if (!PIN.test(pin))
			throw invalidInput(
				node,
				itemIndex,
				'Web PIN',
				`"${pin}" is not a PIN`,
				'A web PIN has 6 to 16 digits, or leave it empty to have one generated.',
			);
		pins.web = pin;
	}

	if (Object.keys(pstn).length) pins.pstn = pstn;
	if (Object.keys(pins).length) body.pins = pins;
	if (Object.keys(security).length) body.security = security;
	if (Object.keys(join).length) preferences.join = join;
	if (Object.keys(recordings).length) preferences.recordings = recordings;
	if (Object.keys(preferences).length) body.preferences = preferences;
	return body;
}
