import type { IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials } from '../shared/descriptions';
import { handleDelivery } from './delivery';
import { loadOptions } from './methods';
import { triggerProperties } from './properties';
import { checkSubscription, createSubscription, removeSubscription } from './subscription';

export class RingCentralTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RingCentral Trigger',
		name: 'ringCentralTrigger',
		icon: { light: 'file:../../icons/ringcentral.svg', dark: 'file:../../icons/ringcentral.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ ($parameter["events"] || []).join(", ") }}',
		description: 'Starts the workflow when SMS, voicemail, faxes, calls, presence or team messaging events happen in RingCentral',
		defaults: { name: 'RingCentral Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [authenticationProperty, ...triggerProperties],
	};

	methods = { loadOptions };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await checkSubscription(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createSubscription(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await removeSubscription(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleDelivery(this);
	}
}
