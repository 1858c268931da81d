// Opens a page of `sahel-events map` in headless Chromium over the DevTools protocol and prints how long the page
// takes to be ready, to apply a one-month time filter and to redraw after zooming in and out, each as the page itself
// measures it (window.sahelMap.stats()). Usage: node --experimental-websocket benchmarks/map-page-timing.mjs PAGE.html
// (Node 20; Node 22 and later need no flag). Run by benchmarks/map-page.sh.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const page = resolve(process.argv[2]);
const profile = mkdtempSync(join(tmpdir(), 'map-timing-'));
const chromium = spawn(process.env.CHROMIUM || 'chromium', ['--headless', '--no-sandbox', '--disable-gpu',
  '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--window-size=1400,900', 'about:blank'],
{ stdio: ['ignore', 'ignore', 'pipe'] });
const address = await new Promise((done, fail) => {
  let text = '';
  chromium.stderr.on('data', (chunk) => {
    text += chunk;
    const m = text.match(/DevTools listening on (ws:\/\/\S+)/);
    if (m) {
      done(m[1]);
    }
  });
  chromium.on('exit', () => fail(new Error('chromium stopped: ' + text)));
});
const socket = new WebSocket(address);
await new Promise((done) => socket.addEventListener('open', done));
let next = 0;
const waiting = new Map();
socket.addEventListener('message', (e) => {
  const m = JSON.parse(e.data);
  if (m.id && waiting.has(m.id)) {
    waiting.get(m.id)(m);
    waiting.delete(m.id);
  }
});
function send(method, params = {}, sessionId) {
  const id = ++next;
  socket.send(JSON.stringify({ id, method, params, sessionId }));
  return new Promise((done) => waiting.set(id, (m) => done(m.result)));
}
const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
const evaluate = async (expression) => (await send('Runtime.evaluate',
  { expression, returnByValue: true, awaitPromise: true }, sessionId)).result.value;
const started = Date.now();
await send('Page.navigate', { url: pathToFileURL(page).href }, sessionId);
while (await evaluate('typeof window.sahelMap') !== 'object') {
  await new Promise((r) => setTimeout(r, 100));
}
const ready = await evaluate('window.sahelMap.stats()');
console.log(`ready: ${ready.readyMs.toFixed(0)} ms after navigation (${Date.now() - started} ms wall clock), `
  + `${ready.visible} incidents, ${ready.markers} circles and ${ready.clusters} clusters drawn`);
const month = await evaluate(`(() => {
  const to = document.getElementById('to').value;
  const from = new Date(Date.parse(to) - 30 * 86400000).toISOString().slice(0, 10);
  document.getElementById('from').value = from;
  document.getElementById('from').dispatchEvent(new Event('change'));
  return window.sahelMap.stats();
})()`);
console.log(`time filter (last 30 days): ${month.lastDrawMs.toFixed(0)} ms, ${month.visible} incidents shown`);
await evaluate(`document.getElementById('all-dates').click()`);
for (const [what, zoom] of [['zoom in', 2], ['zoom out', -2]]) {
  const s = await evaluate(`new Promise((done) => { const m = window.sahelMap.map;
    m.once('moveend', () => setTimeout(() => done(window.sahelMap.stats()), 0));
    m.setZoom(m.getZoom() + (${zoom}), { animate: false }); })`);
  console.log(`${what}: redraw ${s.lastDrawMs.toFixed(0)} ms, ${s.markers} circles and ${s.clusters} clusters`);
}
socket.close();
chromium.kill();
rmSync(profile, { recursive: true, force: true });
