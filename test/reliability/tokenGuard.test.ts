/**
 * The access token goes only to RingCentral: every absolute URL a request is sent to (content URIs, next
 * pages, attachment links of deliveries and polls, redirects) passes one guard in the shared transport.
 * A second loopback server on the same host plays the stranger and records what it is sent.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { RingCentralPollTrigger } from '../../nodes/RingCentralPollTrigger/RingCentralPollTrigger.node';
import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { runNode, runPoll } from '../harness';
import { useEmulator } from '../support/ringcentral';
import { startStranger } from '../support/stranger';
import { useTriggers } from '../trigger/support';

describe('the access token goes only to RingCentral', () => {
	const rc = useEmulator();
	const start = useTriggers(rc);
	let stranger: Awaited<ReturnType<typeof startStranger>>;
	let strangerUrl: string;
	let seen: typeof stranger.requests;

	beforeAll(async () => {
		stranger = await startStranger();
		strangerUrl = stranger.url;
		seen = stranger.requests;
	});
	afterAll(async () => await stranger.close());
	beforeEach(() => {
		seen.length = 0;
	});

	const voice = async (parameters: IDataObject) =>
		await runNode({
			nodeType: new RingCentralVoice(),
			parameters: { authentication: 'jwt', ...parameters },
			credentials: rc.credentials,
		});
	const byUri = (value: string) => ({
		resource: 'callRecordings',
		operation: 'download',
		recording: { __rl: true, mode: 'url', value },
	});
	const recordingOf = () =>
		(rc.emu.state.callLog as Array<{ recording?: { id: string; contentUri: string } }>).find(
			(r) => r.recording,
		)!.recording!;

	it.each([
		[
			'another port of the custom server host',
			() => `${strangerUrl}/restapi/v1.0/account/1/recording/2/content`,
		],
		[
			'RingCentral over plain http',
			() => 'http://media.ringcentral.com/restapi/v1.0/account/1/recording/2/content',
		],
		[
			'a host that only ends like RingCentral',
			() => 'https://evilringcentral.com/restapi/v1.0/account/1/recording/2/content',
		],
	])('refuses a content URI on %s, before any request', async (_case, uri) => {
		const result = await voice(byUri(uri()));
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(seen).toEqual([]);
		expect(rc.emu.requests).toHaveLength(0);
	});

	it('refuses a next page on another origin: the list ends in an error, the stranger sees nothing', async () => {
		rc.emu.handlers.listMessages = () => ({
			body: {
				records: [],
				paging: { page: 1, perPage: 1 },
				navigation: {
					nextPage: {
						uri: `${strangerUrl}/restapi/v1.0/account/~/extension/~/message-store?page=2`,
					},
				},
			},
		});
		const result = await runNode({
			nodeType: new RingCentralMessaging(),
			parameters: {
				authentication: 'jwt',
				resource: 'message',
				operation: 'getAll',
				returnAll: true,
			},
			credentials: rc.credentials,
		});
		delete rc.emu.handlers.listMessages;
		// A declarative list: n8n's routing hands the error on as a NodeApiError without an HTTP status.
		expect(result.error?.message).toBe(
			`"${strangerUrl}/restapi/v1.0/account/~/extension/~/message-store?page=2" is not a RingCentral address: the request would carry your access token there`,
		);
		expect(seen).toEqual([]);
	});

	it('does not follow a redirect to another origin, and follows one on RingCentral', async () => {
		const recording = recordingOf();
		rc.emu.handlers.readCallRecordingContent = () => ({ redirect: `${strangerUrl}/steal` });
		const away = await voice({
			resource: 'callRecordings',
			operation: 'download',
			recording: { __rl: true, mode: 'id', value: recording.id },
		});
		expect(away.error).toBeInstanceOf(NodeOperationError);
		expect(seen).toEqual([]);

		// Same origin: followed, with the token.
		let redirected = false;
		rc.emu.handlers.readCallRecordingContent = () => {
			if (redirected) return undefined;
			redirected = true;
			return { redirect: recording.contentUri };
		};
		const here = await voice({
			resource: 'callRecordings',
			operation: 'download',
			recording: { __rl: true, mode: 'id', value: recording.id },
		});
		delete rc.emu.handlers.readCallRecordingContent;
		expect(here.error).toBeUndefined();
		expect(here.items[0].binary?.data).toBeDefined();
		expect(rc.emu.requestsFor('readCallRecordingContent')).toHaveLength(3);
	});

	it('Poll Trigger: a recording content URI elsewhere is not downloaded', async () => {
		for (const record of rc.emu.state.callLog as Array<{ recording?: { contentUri: string } }>) {
			if (record.recording)
				record.recording.contentUri = `${strangerUrl}/restapi/v1.0/account/1/recording/2/content`;
		}
		const { items } = await runPoll({
			nodeType: new RingCentralPollTrigger(),
			parameters: {
				authentication: 'jwt',
				event: 'newRecording',
				direction: '',
				options: { downloadRecording: true },
			},
			credentials: rc.credentials,
			mode: 'manual',
		});
		expect(items[0].json.downloadError).toMatch(/not a RingCentral address/);
		expect(seen).toEqual([]);
	});

	it('RingCentral Trigger: attachment links of a delivery are only fetched from RingCentral', async () => {
		const trigger = await start({
			events: ['smsReceived'],
			options: { downloadAttachments: true },
		});
		await trigger.activate();
		rc.emu.addInboundSms({ from: '+14155550100', text: 'Genuine' });
		await rc.emu.waitForDeliveries();
		const delivery = rc.emu.deliveries.find((d: { kind: string }) => d.kind === 'notification') as {
			headers: Record<string, string>;
			body: IDataObject;
		};
		const body = {
			...(delivery.body.body as IDataObject),
			attachments: [
				{ id: 1, uri: `${strangerUrl}/file`, type: 'MmsAttachment', contentType: 'image/png' },
			],
		};
		// Anyone who knows the verification token can send this.
		await trigger.send({
			headers: delivery.headers,
			body: { ...delivery.body, uuid: 'forged', body },
		});
		expect(seen).toEqual([]);
	});
});
