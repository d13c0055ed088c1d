import './styles.css';
import { afterFirstPaint } from './afterFirstPaint';

const root = document.documentElement;

// Until the app takes over, the prerendered controls are static HTML: a click on one would be
// quietly undone. They stay inert (and dimmed, with a cue, from the stylesheet) until then;
// ReadyMarker lets them go.
for (const control of document.querySelectorAll<HTMLElement>('#root main :is(input, button, select, textarea)')) {
  control.inert = true;
  control.dataset.untilReady = '';
}

/** Let the browser paint and handle input between start-up steps. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Start-up in short tasks, not one long one: React's code is evaluated, then the app's code, then the page is hydrated (in a transition, which React splits into slices of a few ms).
 */
async function startApp(): Promise<void> {
  await import('react-dom/client');
  await yieldToMain();
  const { start } = await import('./app/start');
  await yieldToMain();
  start(document.getElementById('root')!);
}

afterFirstPaint(() => {
  startApp().catch(() => {
    // Without the app a link's own view cannot be shown, and the default's figures must not pass
    // for it: the page says so (data-pending="failed") instead of lifting the veil.
    root.dataset.appFailed = '';
    if ('pending' in root.dataset) root.dataset.pending = 'failed';
  });
});
