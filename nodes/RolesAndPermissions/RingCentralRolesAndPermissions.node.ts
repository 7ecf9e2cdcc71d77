import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials, requestDefaults } from '../shared/descriptions';
import {
	generatedProperties,
	operationMetaTable,
	resourceOptions,
	resourceProperty,
} from '../shared/generatedNode';
import { sharedRequestHandler } from '../shared/routing';
import { generatedResources } from './generated';

/** RingCentral's "Roles and Permissions" API area: every operation generated from the spec (see generated/README.md). */
export class RingCentralRolesAndPermissions implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RingCentral Roles and Permissions',
		name: 'ringCentralRolesAndPermissions',
		icon: {
			light: 'file:../../icons/ringcentral.svg',
			dark: 'file:../../icons/ringcentral.dark.svg',
		},
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'User roles, role assignment and administered sites',
		defaults: { name: 'RingCentral Roles and Permissions' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		requestOperations: { pagination: sharedRequestHandler(operationMetaTable(generatedResources)) },
		properties: [
			authenticationProperty,
			resourceProperty(resourceOptions(generatedResources)),
			...generatedProperties(generatedResources),
		],
	};
}
