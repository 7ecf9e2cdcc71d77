import type { INodeProperties } from 'n8n-workflow';

// Fields and page sizes shared by the call log and active calls.

/** RingCentral serves at most 1000 records a page in the Simple view and 250 in the Detailed view. */
export const MAX_PAGE = { Simple: 1000, Detailed: 250 };

export const callTypeFilter: INodeProperties = {
	displayName: 'Type',
	name: 'type',
	type: 'multiOptions',
	options: [
		{ name: 'Fax', value: 'Fax' },
		{ name: 'Voice', value: 'Voice' },
	],
	default: [],
};

export const viewOption: INodeProperties = {
	displayName: 'View',
	name: 'view',
	type: 'options',
	options: [
		{
			name: 'Detailed',
			value: 'Detailed',
			description:
				'With the legs of each call (transfers, forwarding, queues); at most 250 records a page',
		},
		{ name: 'Simple', value: 'Simple', description: 'One record per call' },
	],
	default: 'Simple',
};
