// The print button of an issued credit report (no inline scripts under the CSP).
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('print-now');
    if (button) {
        button.addEventListener('click', function () { window.print(); });
    }
});
