import type { INodeProperties } from 'n8n-workflow';

import * as answer from './answer.operation';
import * as callOut from './callOut.operation';
import * as drop from './drop.operation';
import * as flip from './flip.operation';
import * as forward from './forward.operation';
import * as getParty from './getParty.operation';
import * as getSession from './getSession.operation';
import * as hold from './hold.operation';
import * as ignore from './ignore.operation';
import * as park from './park.operation';
import * as pauseRecording from './pauseRecording.operation';
import * as pickup from './pickup.operation';
import * as reject from './reject.operation';
import * as reply from './reply.operation';
import * as resumeRecording from './resumeRecording.operation';
import * as startRecording from './startRecording.operation';
import * as supervise from './supervise.operation';
import * as transfer from './transfer.operation';
import * as unhold from './unhold.operation';

export const handlers = {
	answer: answer.execute,
	callOut: callOut.execute,
	drop: drop.execute,
	flip: flip.execute,
	forward: forward.execute,
	getParty: getParty.execute,
	getSession: getSession.execute,
	hold: hold.execute,
	ignore: ignore.execute,
	park: park.execute,
	pauseRecording: pauseRecording.execute,
	pickup: pickup.execute,
	reject: reject.execute,
	reply: reply.execute,
	resumeRecording: resumeRecording.execute,
	startRecording: startRecording.execute,
	supervise: supervise.execute,
	transfer: transfer.execute,
	unhold: unhold.execute,
};

/** Hand-written operations of Call Control; the generated ones (bridge, bring-in, conference...) join them. */
export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['callControl'] } },
		options: [
			{
				name: 'Answer',
				value: 'answer',
				action: 'Answer a ringing call',
				description: 'Answer a ringing call on one of your phones',
			},
			{
				name: 'Call Out',
				value: 'callOut',
				action: 'Place a call from one of your devices',
				description:
					'Places a call from one of your phones (desk phone, softphone) to a number or extension; returns the telephony session',
			},
			{
				name: 'Drop Call',
				value: 'drop',
				action: 'Drop a call',
				description: 'Hangs up a call for everyone in it; returns {"deleted": true}',
			},
			{
				name: 'Flip',
				value: 'flip',
				action: 'Flip a call to another phone',
				description: 'Move an answered call to one of your call flip numbers, e.g. your mobile',
			},
			{
				name: 'Forward',
				value: 'forward',
				action: 'Forward a ringing call',
				description: 'Send a ringing, unanswered call to a number, a colleague or a voicemail box',
			},
			{
				name: 'Get Party',
				value: 'getParty',
				action: 'Get a call party',
				description:
					"A participant's status in a call (ringing, answered, on hold, parked...) and its recordings",
			},
			{
				name: 'Get Session',
				value: 'getSession',
				action: 'Get a call session',
				description: 'A call in progress with all its parties and their status',
			},
			{
				name: 'Hold',
				value: 'hold',
				action: 'Put a call on hold',
				description: 'Put a call on hold; the other side hears hold music until Unhold',
			},
			{
				name: 'Ignore',
				value: 'ignore',
				action: 'Ignore a call queue call',
				description:
					'Stop a call-queue call ringing on one of your phones; the queue offers it to the next agent',
			},
			{
				name: 'Park',
				value: 'park',
				action: 'Park a call',
				description: "Park a call; the output's park ID is where anyone can pick it up",
			},
			{
				name: 'Pause Recording',
				value: 'pauseRecording',
				action: 'Pause recording a call',
				description: 'Pause the recording of a call, e.g. while a card number is read out',
			},
			{
				name: 'Pick Up',
				value: 'pickup',
				action: 'Pick up a call',
				description:
					"Take a call ringing at a colleague's phone, or a parked call, on one of your phones",
			},
			{
				name: 'Reject',
				value: 'reject',
				action: 'Reject a ringing call',
				description: 'Decline a ringing call (it goes on to voicemail or forwarding)',
			},
			{
				name: 'Reply With Text',
				value: 'reply',
				action: 'Reply to a call with a message',
				description:
					'Answer a ringing call with a spoken message such as "I will call you back in 5 minutes"',
			},
			{
				name: 'Resume Recording',
				value: 'resumeRecording',
				action: 'Resume recording a call',
				description: 'Continue recording a call after a pause, into the same recording',
			},
			{
				name: 'Start Recording',
				value: 'startRecording',
				action: 'Start recording a call',
				description: 'Start recording a call in progress (on-demand recording)',
			},
			{
				name: 'Supervise',
				value: 'supervise',
				action: 'Supervise a call',
				description: "Listen in on an agent's call on one of your phones",
			},
			{
				name: 'Transfer',
				value: 'transfer',
				action: 'Transfer a call',
				description: 'Transfer a call to a number, a colleague, a voicemail box or a park location',
			},
			{
				name: 'Unhold',
				value: 'unhold',
				action: 'Take a call off hold',
				description: 'Take a held call off hold, so both sides hear each other again',
			},
		],
		default: 'getSession',
	},
	...callOut.description,
	...getSession.description,
	...getParty.description,
	...hold.description,
	...unhold.description,
	...transfer.description,
	...forward.description,
	...park.description,
	...reply.description,
	...answer.description,
	...reject.description,
	...ignore.description,
	...pickup.description,
	...flip.description,
	...supervise.description,
	...startRecording.description,
	...pauseRecording.description,
	...resumeRecording.description,
];
