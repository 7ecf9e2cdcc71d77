import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteRule from './delete.operation';
import * as fields from './fields';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getVersion from './getVersion.operation';
import * as update from './update.operation';

export const handlers = {
	getVersion: getVersion.execute,
	getAll: getAll.execute,
	get: get.execute,
	create: create.execute,
	update: update.execute,
	delete: deleteRule.execute,
};

/**
 * A user's call handling rules, in either of RingCentral's generations (answering rules, or the state-based
 * and interaction rules of the new call handling), detected per account. The generated company rules and
 * forward-all-calls operations join this resource.
 */
export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['callHandlingRules'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a call handling rule',
				description:
					"Create a custom rule for a user's calls from certain callers or to certain numbers: forward them, send them to voicemail or play an announcement",
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a call handling rule',
				description: 'Delete a custom rule; returns {"deleted": true}',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a call handling rule',
				description: 'Get one call handling rule of a user',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many call handling rules',
				description:
					"List a user's call handling rules: business hours, after hours and custom rules",
			},
			{
				name: 'Get Version',
				value: 'getVersion',
				action: 'Get the call handling version',
				description:
					"Whether the user's account has answering rules (legacy) or the new call handling",
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a call handling rule',
				description:
					'Switch a rule on or off, rename it, or change what it does with calls (forward, voicemail, announcement)',
			},
		],
		default: 'getAll',
	},
	...fields.description,
	...getAll.description,
	...get.description,
	...create.description,
	...update.description,
];
