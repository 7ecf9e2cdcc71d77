import type { INodePropertyOptions, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials, requestDefaults } from '../shared/descriptions';
import { perItemOperations } from '../shared/execute';
import {
	generatedProperties,
	operationMetaTable,
	resourceOptions,
	resourceProperty,
	withGeneratedOperations,
} from '../shared/generatedNode';
import { sharedRequestHandler } from '../shared/routing';
import { generatedResources } from './generated';
import { listSearch } from './methods';
import { videoSpecOverrides } from './specOverrides';
import * as meeting from './resources/meeting';
import * as meetingHistory from './resources/meetingHistory';
import * as recording from './resources/recording';

/** The hand-written resources; the generated operations of their spec tags join them, the rest follow. */
const handWrittenResources: INodePropertyOptions[] = [
	{
		name: 'Meeting',
		value: 'meeting',
		description: 'RingCentral Video meetings (bridges): join links, PINs, passwords and settings',
	},
	{
		name: 'Meeting History',
		value: 'meetingHistory',
		description: 'Meetings that took place: participants, duration, recordings',
	},
	{
		name: 'Meeting Recording',
		value: 'recording',
		description: 'Recordings of meetings, as video files',
	},
];

/** RingCentral Video: hand-written meetings, history and recordings, plus every other operation generated from the spec. */
export class RingCentralVideo implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RingCentral Video',
		name: 'ringCentralVideo',
		icon: {
			light: 'file:../../icons/ringcentral.svg',
			dark: 'file:../../icons/ringcentral.dark.svg',
		},
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			'Create and manage RingCentral Video meetings, read the meeting history and download recordings',
		defaults: { name: 'RingCentral Video' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		requestOperations: {
			pagination: sharedRequestHandler(operationMetaTable(generatedResources, videoSpecOverrides)),
		},
		properties: [
			authenticationProperty,
			resourceProperty(
				[...handWrittenResources, ...resourceOptions(generatedResources)],
				'meeting',
			),
			...withGeneratedOperations(
				[...meeting.description, ...meetingHistory.description, ...recording.description],
				generatedResources,
			),
			...generatedProperties(generatedResources),
		],
	};

	methods = { listSearch };

	customOperations = perItemOperations({
		meeting: meeting.handlers,
		meetingHistory: meetingHistory.handlers,
		recording: recording.handlers,
	});
}
