import type {
	IExecuteFunctions,
	IHookFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	ITriggerFunctions,
	ITriggerResponse,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials } from '../shared/descriptions';
import { enrichEvents, handleDelivery } from './delivery';
import { loadOptions } from './methods';
import { triggerProperties } from './properties';
import {
	checkHealth,
	checkSubscription,
	createSubscription,
	HEALTH_CHECK_SECONDS,
	healthCheckCron,
	removeSubscription,
} from './subscription';

export class RingCentralTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RingCentral Trigger',
		name: 'ringCentralTrigger',
		icon: {
			light: 'file:../../icons/ringcentral.svg',
			dark: 'file:../../icons/ringcentral.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{ ($parameter["events"] || []).join(", ") }}',
		description:
			'Starts the workflow when SMS, voicemail, faxes, calls, presence, team messaging, call insights or webinar events happen in RingCentral',
		defaults: { name: 'RingCentral Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
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

	/**
	 * Runs where n8n runs triggers (in queue mode on the leader only): the periodic subscription check on
	 * n8n's own scheduler. Not in manual mode, where the test URL's short-lived subscription needs none.
	 */
	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse | undefined> {
		if (this.getMode() === 'manual') return undefined;
		const seconds = this.getNodeParameter('healthCheckInterval', HEALTH_CHECK_SECONDS) as number;
		this.helpers.registerCron(
			{ expression: healthCheckCron(seconds) },
			async () => await checkHealth(this),
		);
		return {};
	}

	/** Verifies a delivery and answers it at once; its events start the execution. */
	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return handleDelivery(this);
	}

	/** n8n runs this as the trigger's step of that execution (it takes precedence over passing the events on): enrichment. */
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await enrichEvents(this);
	}
}
