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
import { accountSpecOverrides } from './specOverrides';
import * as company from './resources/company';
import * as extension from './resources/extension';
import * as phoneNumber from './resources/phoneNumber';
import * as presence from './resources/presence';

/** The hand-written resources; the other generated operations of their spec tags join them. */
const handWrittenResources: INodePropertyOptions[] = [
	{
		name: 'Company',
		value: 'company',
		description: 'The account: name, main number, address, plan and regional settings',
	},
	{
		name: 'Extension',
		value: 'extension',
		description: 'Users, call queues, IVR menus and the other extensions of the company',
	},
	{
		name: 'Phone Number',
		value: 'phoneNumbers',
		description: 'Phone numbers of the company and of its users, with their features',
	},
	{
		name: 'Presence',
		value: 'presence',
		description: 'Availability, Do Not Disturb and status messages; call queue availability',
	},
];

/** RingCentral's "Account" API area: company info, extensions, phone numbers, presence and settings. */
export class RingCentralAccount implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RingCentral Account',
		name: 'ringCentralAccount',
		icon: {
			light: 'file:../../icons/ringcentral.svg',
			dark: 'file:../../icons/ringcentral.dark.svg',
		},
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			'Company info, users and other extensions, phone numbers, presence, sites, regional settings and audit trail',
		defaults: { name: 'RingCentral Account' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		requestOperations: {
			pagination: sharedRequestHandler(
				operationMetaTable(generatedResources, accountSpecOverrides),
			),
		},
		properties: [
			authenticationProperty,
			resourceProperty(
				[...handWrittenResources, ...resourceOptions(generatedResources)],
				'extension',
			),
			...withGeneratedOperations(
				[
					...company.description,
					...extension.description,
					...phoneNumber.description,
					...presence.description,
				],
				generatedResources,
			),
			...generatedProperties(generatedResources),
		],
	};

	methods = { listSearch };

	customOperations = perItemOperations({
		company: company.handlers,
		extension: extension.handlers,
		phoneNumbers: phoneNumber.handlers,
		presence: presence.handlers,
	});
}
