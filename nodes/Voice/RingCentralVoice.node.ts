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
import { listSearch, loadOptions } from './methods';
import { voiceSpecOverrides } from './specOverrides';
import * as activeCall from './resources/activeCall';
import * as callControl from './resources/callControl';
import * as callHandling from './resources/callHandling';
import * as callLog from './resources/callLog';
import * as callRecording from './resources/callRecording';
import * as ringOut from './resources/ringOut';

/**
 * The hand-written resources. They keep the values of the generated resources they replace, so the
 * generated operations that remain (e.g. company answering rules, bridge a call) join them.
 */
const handWrittenResources: INodePropertyOptions[] = [
	{ name: 'Active Call', value: 'activeCall', description: 'Calls in progress right now' },
	{
		name: 'Call Control',
		value: 'callControl',
		description: 'Act on live calls: answer, hold, transfer, record and more',
	},
	{
		name: 'Call Handling Rule',
		value: 'callHandlingRules',
		description: 'How incoming calls of a user are handled',
	},
	{ name: 'Call Log', value: 'callLog', description: 'Finished calls' },
	{ name: 'Call Recording', value: 'callRecordings', description: 'Recordings of calls' },
	{
		name: 'RingOut',
		value: 'ringOut',
		description: 'Calls that ring your phone first, then the other party',
	},
];

export class RingCentralVoice implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RingCentral Voice',
		name: 'ringCentralVoice',
		icon: {
			light: 'file:../../icons/ringcentral.svg',
			dark: 'file:../../icons/ringcentral.dark.svg',
		},
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			'Place calls (RingOut), read the call log and recordings, control live calls, manage call handling rules, queues, IVR and greetings',
		defaults: { name: 'RingCentral Voice' },
		usableAsTool: true,
		builderHint: {
			relatedNodes: [
				{
					nodeType: 'n8n-nodes-ringcentral.ringCentralTrigger',
					relationHint:
						'Starts a workflow on a missed call, a voicemail or a call state change, instead of polling the call log',
				},
			],
		},
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		requestOperations: {
			pagination: sharedRequestHandler(operationMetaTable(generatedResources, voiceSpecOverrides)),
		},
		properties: [
			authenticationProperty,
			resourceProperty(
				[...handWrittenResources, ...resourceOptions(generatedResources)],
				'callLog',
			),
			...withGeneratedOperations(
				[
					...ringOut.description,
					...callLog.description,
					...activeCall.description,
					...callRecording.description,
					...callControl.description,
					...callHandling.description,
				],
				generatedResources,
			),
			...generatedProperties(generatedResources),
		],
	};

	methods = { listSearch, loadOptions };

	customOperations = perItemOperations({
		ringOut: ringOut.handlers,
		callLog: callLog.handlers,
		activeCall: activeCall.handlers,
		callRecordings: callRecording.handlers,
		callControl: callControl.handlers,
		callHandlingRules: callHandling.handlers,
	});
}
