import type { INodeProperties } from 'n8n-workflow';

import * as cancel from './cancel.operation';
import * as getStatus from './getStatus.operation';
import * as start from './start.operation';

export const handlers = {
	start: start.execute,
	getStatus: getStatus.execute,
	cancel: cancel.execute,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ringOut'] } },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel a ringout call',
				description:
					'Hangs up a RingOut call that is still ringing or connecting; returns {"deleted": true}',
			},
			{
				name: 'Get Status',
				value: 'getStatus',
				action: 'Get the status of a ringout call',
				description:
					'Whether a RingOut call is in progress, answered or failed (busy, no answer...)',
			},
			{
				name: 'Start',
				value: 'start',
				action: 'Start a ringout call',
				description:
					'Places a phone call: RingCentral rings your phone ("From") first, then connects it to "To"; optionally waits until it is answered',
			},
		],
		default: 'start',
	},
	...start.description,
	...getStatus.description,
];
