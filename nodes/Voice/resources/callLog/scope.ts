import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { extensionIdOf, extensionLocator } from '../../../shared/extensions';

export type Scope = 'user' | 'account';

/** "One extension or the whole account": the user's call log (or active calls), or the company's. */
export function scopeProperties(what: string): INodeProperties[] {
	return [
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'options',
			options: [
				{
					name: 'One Extension',
					value: 'user',
					description: `The ${what} of one user, department or call queue (by default the connected user)`,
				},
				{
					name: 'Whole Account',
					value: 'account',
					description: `The company's ${what}, including call queues and IVR menus (needs an administrator)`,
				},
			],
			default: 'user',
		},
		extensionLocator({
			description:
				'Whose calls; leave empty for the connected user. Other extensions need an administrator.',
			displayOptions: { show: { scope: ['user'] } },
		}),
	];
}

/** The URL prefix of the scope: `/account/~/extension/<id>` for one extension, `/account/~` for the account. */
export async function scopeUrl(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Promise<{ scope: Scope; extensionId?: string; base: string }> {
	const scope = ctx.getNodeParameter('scope', itemIndex, 'user') as Scope;
	if (scope === 'account') return { scope, base: '/restapi/v1.0/account/~' };
	const extensionId = await extensionIdOf(ctx, 'extension', itemIndex);
	return {
		scope,
		extensionId,
		base: `/restapi/v1.0/account/~/extension/${encodeURIComponent(extensionId)}`,
	};
}
