// Revbridge admin console: the only script. Shows every <time datetime> in the viewer's own time zone.
// Pages work without it (times then read in UTC).
document.addEventListener('DOMContentLoaded', function () {
  var format = new Intl.DateTimeFormat(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
  });
  document.querySelectorAll('time[datetime]').forEach(function (el) {
    var at = new Date(el.getAttribute('datetime'));
    if (!isNaN(at)) {
      el.title = el.getAttribute('datetime');
      el.textContent = format.format(at);
    }
  });
  // "Select all" for the dead-letter list: a real checkbox, so it works from the keyboard too.
  var all = document.getElementById('select-all');
  if (all) {
    all.addEventListener('change', function () {
      document.querySelectorAll('input[name="id"]').forEach(function (box) { box.checked = all.checked; });
    });
  }
});
