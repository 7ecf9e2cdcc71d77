import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionProperty, versionProperty } from './version';

const RULE_OPERATIONS = ['getAll', 'get', 'create', 'update', 'delete'];

/** The extension (all hand-written operations) and the call handling version (those that read or change rules). */
export const description: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['callHandlingRules'], operation: ['getVersion', ...RULE_OPERATIONS] } },
		[extensionProperty],
	),
	...updateDisplayOptions(
		{ show: { resource: ['callHandlingRules'], operation: RULE_OPERATIONS } },
		[versionProperty],
	),
];
