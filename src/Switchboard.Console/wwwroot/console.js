// The console's few browser-side helpers: the viewer's time zone, and the buttons of the reconnect notice.
window.switchboardConsole = {
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

document.addEventListener("click", async (event) => {
  const action = event.target.closest("[data-reconnect]")?.dataset.reconnect;
  if (action === "retry") {
    if (!(await Blazor.reconnect())) location.reload();
  } else if (action === "reload") {
    location.reload();
  }
});
