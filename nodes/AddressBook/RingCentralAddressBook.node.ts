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
import { addressBookSpecOverrides } from './specOverrides';
import * as contact from './resources/contact';
import * as directory from './resources/directory';

/** The hand-written resources; the other generated operations of their spec tags join them. */
const handWrittenResources: INodePropertyOptions[] = [
	{
		name: 'Company Directory',
		value: 'internalContacts',
		description: 'Everyone in the company: users, call queues and other extensions',
	},
	{
		name: 'Contact',
		value: 'externalContacts',
		description: "The authorized user's personal (external) contacts",
	},
];

/** RingCentral's "Address Book" API area: personal contacts and the company directory. */
export class RingCentralAddressBook implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RingCentral Address Book',
		name: 'ringCentralAddressBook',
		icon: {
			light: 'file:../../icons/ringcentral.svg',
			dark: 'file:../../icons/ringcentral.dark.svg',
		},
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Create, find and update personal contacts, and search the company directory',
		defaults: { name: 'RingCentral Address Book' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		requestOperations: {
			pagination: sharedRequestHandler(
				operationMetaTable(generatedResources, addressBookSpecOverrides),
			),
		},
		properties: [
			authenticationProperty,
			resourceProperty(
				[...handWrittenResources, ...resourceOptions(generatedResources)],
				'externalContacts',
			),
			...withGeneratedOperations(
				[...contact.description, ...directory.description],
				generatedResources,
			),
			...generatedProperties(generatedResources),
		],
	};

	methods = { listSearch };

	customOperations = perItemOperations({
		externalContacts: contact.handlers,
		internalContacts: directory.handlers,
	});
}
