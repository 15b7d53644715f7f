#!/usr/bin/env node
// A line-by-line parley.v1 client for trying the gateway by hand:
//   node tools/chat.js ws://127.0.0.1:8080/ws TOKEN
// Each line typed is sent as one frame (JSON); frames received are printed.
'use strict';
const path = require('path');
const readline = require('readline');
const WebSocket = require(path.join(__dirname, '..', 'tests', 'e2e', 'node_modules', 'ws'));

const [url, token] = process.argv.slice(2);
if (!url || !token) {
	console.error('usage: node tools/chat.js URL TOKEN');
	process.exit(2);
}
const ws = new WebSocket(url, 'parley.v1', { headers: { Authorization: 'Bearer ' + token } });
ws.on('unexpected-response', (req, res) => {
	console.error('refused: HTTP ' + res.statusCode);
	process.exit(1);
});
ws.on('open', () => {
	console.error('connected; type JSON frames, one per line');
	const rl = readline.createInterface({ input: process.stdin });
	rl.on('line', (line) => line.trim() && ws.send(line));
	rl.on('close', () => ws.close(1000));
});
ws.on('message', (data) => console.log(data.toString()));
ws.on('close', (code, reason) => {
	console.error('closed ' + code + ' ' + reason);
	process.exit(0);
});
ws.on('error', (e) => {
	console.error(e.message);
	process.exit(1);
});
