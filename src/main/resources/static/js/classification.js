/*
 * Classification pages (no inline scripts: the CSP is script-src 'self').
 * A run's progress panel (#run-progress) polls GET data-url (the run's JSON, session cookie) every 500 ms
 * while the run is queued or running, updating the bar, the status and the counts; once it has ended the
 * page is reloaded (a finished what-if's page then shows its report).
 * A confirmation checkbox (input[data-confirms]) enables its form's button only once ticked.
 */
(function () {
    'use strict';

    var INTERVAL = 500;
    var RETRY_AFTER_ERROR = 2000;
    var ENDED = { DONE: true, FAILED: true };

    function text(id, value) {
        var element = document.getElementById(id);
        if (element && value !== undefined && value !== null) {
            element.textContent = String(value);
        }
    }

    function percentOf(run) {
        if (typeof run.percent === 'number') {
            return run.percent;
        }
        if (run.total > 0) {
            return Math.min(100, Math.floor(run.done * 100 / run.total));
        }
        return run.status === 'DONE' ? 100 : 0;
    }

    function show(panel, run) {
        var percent = percentOf(run);
        var bar = document.getElementById('run-bar');
        if (bar) {
            bar.value = percent;
        }
        text('run-percent', percent + '%');
        text('run-done', run.done);
        text('run-total', run.total);
        var status = document.getElementById('run-status');
        if (status && run.status) {
            var label = panel.getAttribute('data-label-' + run.status.toLowerCase());
            if (label) {
                status.textContent = label;
            }
            status.className = 'badge badge-' + run.status.toLowerCase();
        }
    }

    function progress(panel) {
        var url = panel.getAttribute('data-url');
        if (!url || ENDED[panel.getAttribute('data-status')] || !window.fetch) {
            return;
        }
        function poll() {
            fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' }, cache: 'no-store' })
                .then(function (response) {
                    if (response.status === 401 || response.status === 403 || response.status === 404) {
                        window.location.reload();
                        return null;
                    }
                    if (!response.ok) {
                        throw new Error('HTTP ' + response.status);
                    }
                    return response.json();
                })
                .then(function (run) {
                    if (run === null) {
                        return;
                    }
                    show(panel, run);
                    if (ENDED[run.status]) {
                        window.location.reload();
                    } else {
                        window.setTimeout(poll, INTERVAL);
                    }
                })
                .catch(function () {
                    window.setTimeout(poll, RETRY_AFTER_ERROR);
                });
        }
        window.setTimeout(poll, INTERVAL);
    }

    function confirmation(box) {
        var button = box.form && box.form.querySelector('button[type=submit]');
        if (!button) {
            return;
        }
        function update() {
            button.disabled = !box.checked;
        }
        box.addEventListener('change', update);
        update();
    }

    function start() {
        var panel = document.getElementById('run-progress');
        if (panel) {
            progress(panel);
        }
        document.querySelectorAll('input[data-confirms]').forEach(confirmation);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
