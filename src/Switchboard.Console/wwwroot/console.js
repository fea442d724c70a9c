// The console's few browser-side helpers: the viewer's time zone, the ticking of SLA countdowns, and the buttons of
// the reconnect notice.
window.switchboardConsole = {
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,

  // A first-touch SLA as the server's Countdown.Format writes it: "12:34 left" (hours when there are any), "overdue 3 min".
  slaCountdown: (leftMs, leftText, overdueText, separator, culture) => {
    if (leftMs > 0) {
      const seconds = Math.ceil(leftMs / 1000);
      const two = (n) => String(n).padStart(2, "0");
      const clock = seconds >= 3600
        ? `${Math.floor(seconds / 3600)}${separator}${two(Math.floor(seconds % 3600 / 60))}${separator}${two(seconds % 60)}`
        : `${Math.floor(seconds / 60)}${separator}${two(seconds % 60)}`;
      return leftText.replace("{0}", clock);
    }
    return overdueText.replace("{0}", new Intl.NumberFormat(culture).format(Math.floor(-leftMs / 60000)));
  },
};

// Every second, each countdown on the page shows the time left from what the server wrote (data-left-ms) less the time
// since the page saw that value (the page's own clock, so a skewed system clock does not matter). The text node the
// server rendered is changed in place, so the server's next render of it still finds it.
const countdownSeen = new WeakMap();
setInterval(() => {
  const now = performance.now();
  for (const element of document.querySelectorAll(".sla-countdown[data-left-ms]")) {
    const written = element.dataset.leftMs;
    let seen = countdownSeen.get(element);
    if (!seen || seen.written !== written) countdownSeen.set(element, seen = { written, at: now });
    const left = Number(written) - (now - seen.at);
    const text = window.switchboardConsole.slaCountdown(left, element.dataset.leftText, element.dataset.overdueText,
      element.dataset.timeSeparator, element.dataset.culture);
    if (element.firstChild?.nodeType === Node.TEXT_NODE) {
      if (element.firstChild.nodeValue !== text) element.firstChild.nodeValue = text;
    } else {
      element.textContent = text;
    }
    element.classList.toggle("overdue", left <= 0);
  }
}, 1000);

document.addEventListener("click", async (event) => {
  const action = event.target.closest("[data-reconnect]")?.dataset.reconnect;
  if (action === "retry") {
    if (!(await Blazor.reconnect())) location.reload();
  } else if (action === "reload") {
    location.reload();
  }
});
