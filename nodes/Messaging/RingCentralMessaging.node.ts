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
import { messagingSpecOverrides } from './specOverrides';
import * as a2pSms from './resources/a2pSms';
import * as fax from './resources/fax';
import * as message from './resources/message';
import * as mms from './resources/mms';
import * as pager from './resources/pager';
import * as sms from './resources/sms';

/** The hand-written resources; generated resources (templates, consents, exports) are added after them. */
const handWrittenResources: INodePropertyOptions[] = [
	{ name: 'Fax', value: 'fax' },
	{ name: 'High-Volume SMS Batch', value: 'a2pSms' },
	{
		name: 'Message',
		value: 'message',
		description: 'The message store: received and sent messages',
	},
	{ name: 'Pager Message', value: 'pager' },
	{ name: 'Picture Message (MMS)', value: 'mms' },
	{ name: 'SMS', value: 'sms' },
];

export class RingCentralMessaging implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RingCentral Messaging',
		name: 'ringCentralMessaging',
		icon: {
			light: 'file:../../icons/ringcentral.svg',
			dark: 'file:../../icons/ringcentral.dark.svg',
		},
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Send SMS, MMS, fax and pager messages, and read the RingCentral message store',
		defaults: { name: 'RingCentral Messaging' },
		usableAsTool: true,
		builderHint: {
			relatedNodes: [
				{
					nodeType: 'n8n-nodes-ringcentral.ringCentralTrigger',
					relationHint:
						'Starts a workflow on an inbound SMS, MMS, fax or voicemail, instead of polling Get Many messages',
				},
			],
		},
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		requestOperations: {
			pagination: sharedRequestHandler(
				operationMetaTable(generatedResources, messagingSpecOverrides),
			),
		},
		properties: [
			authenticationProperty,
			resourceProperty([...handWrittenResources, ...resourceOptions(generatedResources)], 'sms'),
			// Generated operations of the message store, fax and high-volume SMS join the hand-written resources.
			...withGeneratedOperations(
				[
					...sms.description,
					...mms.description,
					...fax.description,
					...pager.description,
					...message.description,
					...a2pSms.description,
				],
				generatedResources,
			),
			...generatedProperties(generatedResources),
		],
	};

	methods = { listSearch, loadOptions };

	customOperations = perItemOperations({
		sms: sms.handlers,
		mms: mms.handlers,
		fax: fax.handlers,
		pager: pager.handlers,
		message: message.handlers,
		a2pSms: a2pSms.handlers,
	});
}
