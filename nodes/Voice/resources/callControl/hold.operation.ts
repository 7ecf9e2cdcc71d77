import { partyAction } from './common';

/** Puts the party on hold (music for the other side). */
export const { description, execute } = partyAction('hold', {
	path: 'hold',
	fields: [
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Protocol',
					name: 'proto',
					type: 'options',
					options: [
						{ name: 'Auto', value: 'Auto' },
						{ name: 'BroadWorks', value: 'BroadWorks' },
						{ name: 'BroadWorks or Disconnect Holder', value: 'BroadWorksOrDisconnectHolder' },
						{ name: 'Disconnect Holder', value: 'DisconnectHolder' },
						{ name: 'RC', value: 'RC' },
					],
					default: 'Auto',
					description: 'How the hold is signalled to the phone; Auto suits almost every case',
				},
			],
		},
	],
	body: (ctx, itemIndex) => {
		const { proto } = ctx.getNodeParameter('options', itemIndex, {}) as { proto?: string };
		return proto ? { proto } : undefined;
	},
});
