// The help-desk console. Everything a user typed is put into the page with textContent, never as HTML.
(function () {
    'use strict';
    var csrfToken = '';
    var currentTicket = null;
    // The highest line id read, and every line shown: a read also brings the last moments' lines again, since a line
    // can be committed after one with a higher id; those are put in their place, and none is shown twice.
    var lastLineId = 0;
    var shownLineIds = {};
    var $ = function (id) { return document.getElementById(id); };
    // The labels, in the language the page was served in (?lang= or Accept-Language): from handoff.console.*.
    var strings = {};
    try { strings = JSON.parse(($('console-strings') || {}).textContent || '{}'); } catch (e) { strings = {}; }
    function label(path, fallback) {
        var value = path.split('.').reduce(function (node, key) { return node && node[key]; }, strings);
        return typeof value === 'string' ? value : fallback;
    }

    function api(method, path, body) {
        var headers = { 'Content-Type': 'application/json' };
        if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken;
        return fetch('/agent/api' + path, { method: method, headers: headers, credentials: 'same-origin', body: body ? JSON.stringify(body) : undefined })
            .then(function (response) {
                return response.json().catch(function () { return {}; }).then(function (data) { return { status: response.status, data: data }; });
            });
    }

    function text(tag, value, className) {
        var element = document.createElement(tag);
        element.textContent = value;
        if (className) element.className = className;
        return element;
    }

    function minutes(seconds) { return label('minutes', '{{count}} min').replace('{{count}}', String(Math.floor(seconds / 60))); }

    function showSignIn() {
        $('console').hidden = true;
        $('sign-in').hidden = false;
    }

    function showConsole(agent) {
        $('sign-in').hidden = true;
        $('console').hidden = false;
        $('agent-name').textContent = agent.displayName;
        refreshQueue();
    }

    function reason(ticket) {
        return label('reasons.' + ticket.reason, ticket.reason);
    }

    function refreshQueue() {
        return api('GET', '/queue').then(function (result) {
            if (result.status === 401) return showSignIn();
            var list = $('queue');
            list.replaceChildren();
            (result.data.tickets || []).forEach(function (ticket) {
                var item = document.createElement('li');
                var button = document.createElement('button');
                button.type = 'button';
                button.dataset.ticket = ticket.id;
                button.textContent = [ticket.status === 'active' ? label('statusActive', 'In chat') : ticket.status === 'message' ? label('statusMessage', 'Message') : label('statusWaiting', 'Waiting'),
                    ticket.language, ticket.channelId, reason(ticket), minutes(ticket.waitingSeconds)].join(' · ');
                // Someone who may be in danger is first in the queue, and marked so.
                if (ticket.reason === 'safety') item.className = 'urgent';
                button.addEventListener('click', function () { openTicket(ticket.id); });
                item.appendChild(button);
                list.appendChild(item);
            });
        });
    }

    function openTicket(id) {
        currentTicket = id;
        lastLineId = 0;
        shownLineIds = {};
        $('lines').replaceChildren();
        $('ticket').hidden = false;
        return refreshTicket();
    }

    function refreshTicket() {
        if (!currentTicket) return Promise.resolve();
        var id = currentTicket;
        return api('GET', '/tickets/' + encodeURIComponent(id) + '?after=' + lastLineId).then(function (result) {
            if (id !== currentTicket) return;
            if (result.status !== 200) { $('ticket-error').textContent = label('errors.notAvailable', 'This conversation is not available.'); return; }
            var ticket = result.data.ticket;
            var facts = $('ticket-facts');
            facts.replaceChildren();
            var summary = ticket.summary || {};
            [['status', ticket.status], ['language', ticket.language], ['channel', ticket.channelId], ['reason', reason(ticket)],
             ['flow', summary.flow || '-'], ['step', summary.step || '-'], ['question', summary.question || '-'],
             ['rating', ticket.rating == null ? '-' : String(ticket.rating)]].forEach(function (pair) {
                facts.appendChild(text('dt', label('facts.' + pair[0], pair[0])));
                facts.appendChild(text('dd', pair[1]));
            });
            var mine = ticket.mine && ticket.status === 'active';
            $('accept').hidden = ticket.status !== 'waiting';
            $('reply-form').hidden = !mine;
            $('close-form').hidden = !(mine || ticket.status === 'message');
            $('note-form').hidden = ticket.status === 'closed' || ticket.status === 'cancelled';
            result.data.lines.forEach(function (line) {
                // The poll and an open or a submit can ask for the same lines at once: show each line once.
                if (shownLineIds[line.id]) return;
                shownLineIds[line.id] = true;
                lastLineId = Math.max(lastLineId, line.id);
                if (line.kind === 'handBack') return;
                var item = document.createElement('li');
                item.className = line.kind + ' ' + line.author;
                item.dataset.lineId = String(line.id);
                var who = line.kind === 'note' ? label('who.note', 'Note') : line.kind === 'joined' ? label('who.joined', 'Joined')
                    : line.author === 'user' ? label('who.user', 'User') : line.author === 'bot' ? label('who.bot', 'Assistant') : label('who.you', 'You');
                item.appendChild(text('span', who, 'who'));
                item.appendChild(text('span', line.text, 'text'));
                var later = Array.prototype.find.call($('lines').children, function (shown) { return Number(shown.dataset.lineId) > line.id; });
                $('lines').insertBefore(item, later || null);
            });
        });
    }

    function submitText(formId, inputId, path, bodyKey) {
        $(formId).addEventListener('submit', function (event) {
            event.preventDefault();
            var value = $(inputId).value.trim();
            if (!value || !currentTicket) return;
            var body = {};
            body[bodyKey] = value;
            api('POST', '/tickets/' + encodeURIComponent(currentTicket) + path, body).then(function (result) {
                if (result.status !== 200) { $('ticket-error').textContent = label('errors.tryAgain', 'That did not work. Please try again.'); return; }
                $('ticket-error').textContent = '';
                $(inputId).value = '';
                return refreshTicket().then(refreshQueue);
            });
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        $('sign-in-form').addEventListener('submit', function (event) {
            event.preventDefault();
            api('POST', '/sign-in', { username: $('username').value, password: $('password').value, code: $('code').value }).then(function (result) {
                $('password').value = '';
                $('code').value = '';
                if (result.status === 200) { csrfToken = result.data.csrfToken; showConsole(result.data.agent); return; }
                $('sign-in-error').textContent = result.status === 429 ? label('errors.tooManyTries', 'Too many tries. Please wait and try again later.') : label('errors.signInRefused', 'The username, password or code is not right.');
            });
        });
        $('sign-out').addEventListener('click', function () {
            api('POST', '/sign-out').then(function () { csrfToken = ''; currentTicket = null; showSignIn(); });
        });
        $('accept').addEventListener('click', function () {
            api('POST', '/tickets/' + encodeURIComponent(currentTicket) + '/accept').then(function (result) {
                if (result.status !== 200) $('ticket-error').textContent = label('errors.taken', 'Someone else took this conversation.');
                return refreshTicket().then(refreshQueue);
            });
        });
        submitText('reply-form', 'reply', '/messages', 'text');
        submitText('note-form', 'note', '/notes', 'text');
        submitText('close-form', 'resolution', '/close', 'resolution');
        api('GET', '/session').then(function (result) {
            if (result.status === 200) { csrfToken = result.data.csrfToken; showConsole(result.data.agent); } else showSignIn();
        });
        // Live updates by a short poll: the queue and the open conversation, served by whichever process answers.
        setInterval(function () {
            if ($('console').hidden) return;
            refreshQueue();
            refreshTicket();
        }, 1000);
    });
})();
