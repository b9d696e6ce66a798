/*
 * Aggregation pages (no inline scripts: the CSP is script-src 'self').
 * - A batch page (#batch-progress) polls GET data-url (the batch's JSON, session cookie) every 500 ms
 *   while the batch is queued or running, updating the bar, the status and the counts; when it has
 *   finished the page is reloaded once, so that errors and quarantined rows are shown.
 * - The upload form (#upload-form) refuses at once a file larger than data-max-bytes, which the
 *   server would refuse anyway after the whole upload.
 */
(function () {
    'use strict';

    var INTERVAL = 500;
    var RETRY_AFTER_ERROR = 2000;
    var FINISHED = { COMPLETED: true, FAILED: true };

    function progress(panel) {
        var url = panel.getAttribute('data-url');
        if (!url || FINISHED[panel.getAttribute('data-status')] || !window.fetch) {
            return;
        }
        var bar = document.getElementById('batch-bar');
        var percent = document.getElementById('batch-percent');
        var status = document.getElementById('batch-status');
        var stopped = false;

        function show(batch) {
            if (bar && typeof batch.progress === 'number') {
                bar.value = batch.progress;
            }
            if (percent && typeof batch.progress === 'number') {
                percent.textContent = (batch.progress * 100).toFixed(1) + '%';
            }
            if (status && batch.status) {
                var label = panel.getAttribute('data-label-' + batch.status.toLowerCase());
                if (label) {
                    status.textContent = label;
                }
                status.className = 'badge badge-' + batch.status.toLowerCase();
            }
            var counts = panel.querySelectorAll('[data-count]');
            for (var i = 0; i < counts.length; i++) {
                var value = batch[counts[i].getAttribute('data-count')];
                if (value !== undefined && value !== null) {
                    counts[i].textContent = String(value);
                }
            }
        }

        function poll() {
            if (stopped) {
                return;
            }
            fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' }, cache: 'no-store' })
                .then(function (response) {
                    if (response.status === 401 || response.status === 403 || response.status === 404) {
                        // signed out, or no longer allowed to see the batch: a reload shows why
                        stopped = true;
                        window.location.reload();
                        return null;
                    }
                    if (!response.ok) {
                        throw new Error('HTTP ' + response.status);
                    }
                    return response.json();
                })
                .then(function (batch) {
                    if (batch === null) {
                        return;
                    }
                    show(batch);
                    if (FINISHED[batch.status]) {
                        stopped = true;
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

    function uploadSize(form) {
        var max = Number(form.getAttribute('data-max-bytes'));
        var input = form.querySelector('input[type=file]');
        var error = document.getElementById('upload-file-error');
        if (!max || !input || !error) {
            return;
        }
        function tooLarge() {
            return input.files && input.files.length > 0 && input.files[0].size > max;
        }
        function check() {
            if (tooLarge()) {
                error.textContent = form.getAttribute('data-too-large');
                error.hidden = false;
                input.setAttribute('aria-invalid', 'true');
            } else {
                error.textContent = '';
                error.hidden = true;
                input.removeAttribute('aria-invalid');
            }
        }
        input.addEventListener('change', check);
        form.addEventListener('submit', function (event) {
            check();
            if (tooLarge()) {
                event.preventDefault();
                input.focus();
            }
        });
    }

    function start() {
        var panel = document.getElementById('batch-progress');
        if (panel) {
            progress(panel);
        }
        var form = document.getElementById('upload-form');
        if (form) {
            uploadSize(form);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
