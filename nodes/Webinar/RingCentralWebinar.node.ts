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

/** RingCentral's "Webinar" API area: every operation generated from the spec (see generated/README.md). */
export class RingCentralWebinar implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RingCentral Webinar',
		name: 'ringCentralWebinar',
		icon: {
			light: 'file:../../icons/ringcentral.svg',
			dark: 'file:../../icons/ringcentral.dark.svg',
		},
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Webinars, sessions, invitees, registrants, historical webinars and recordings',
		defaults: { name: 'RingCentral Webinar' },
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
